// The W3C web-platform-tests WebVTT parsing cases in ../shared/corpus/vtt_conformance/: each <case>.vtt is parsed
// and checked against <case>.expected.js. Plain assertions (cues.length, cues[i].field) are read from the .js file
// at test time; the three files that assert in loops are transcribed below, each naming its .js file.
#include "shared.h"

#include "webvttimporter.h"
#include "webvttparser.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <map>

using namespace thema;

namespace {

struct Expected {
    std::optional<qsizetype> length;
    // cue index -> field -> value (strings; times in ms as decimal strings)
    std::map<int, std::map<QString, QString>> fields;
};

QString unescapeJs(const QString& literal)
{
    QString out;
    for (qsizetype i = 1; i + 1 < literal.size(); ++i) {  // without the quotes
        const QChar c = literal.at(i);
        if (c != QLatin1Char('\\') || i + 2 >= literal.size()) {
            out += c;
            continue;
        }
        const QChar e = literal.at(++i);
        if (e == QLatin1Char('u') && i + 4 < literal.size()) {
            out += QChar(literal.mid(i + 1, 4).toUShort(nullptr, 16));
            i += 4;
        } else if (e == QLatin1Char('n')) {
            out += QLatin1Char('\n');
        } else {
            out += e;
        }
    }
    return out;
}

// Seconds as written in JS ("3599.999") -> milliseconds.
QString secondsToMs(const QString& seconds)
{
    return QString::number(qRound64(seconds.toDouble() * 1000));
}

Expected readExpectations(const QString& jsPath)
{
    QFile file(jsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString js = QString::fromUtf8(file.readAll());
    Expected e;
    static const QRegularExpression length(QStringLiteral(R"(assert_equals\(cues\.length,\s*(\d+))"));
    static const QRegularExpression field(QStringLiteral(
        R"(assert_equals\(cues\[(\d+)\]\.(\w+),\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?[\d.]+)\s*[,)])"));
    if (const auto m = length.match(js); m.hasMatch())
        e.length = m.captured(1).toLongLong();
    auto it = field.globalMatch(js);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2);
        const QString raw = m.captured(3);
        QString value = raw.startsWith(QLatin1Char('\'')) || raw.startsWith(QLatin1Char('"')) ? unescapeJs(raw) : raw;
        if (name == QLatin1String("startTime") || name == QLatin1String("endTime"))
            value = secondsToMs(value);
        e.fields[m.captured(1).toInt()][name] = value;
    }
    return e;
}

// Expectations written in loops in the .js files, transcribed by hand.
void addTranscribed(const QString& caseName, Expected& e)
{
    if (caseName == QLatin1String("w3c-wpt_arrows")) {
        // w3c-wpt_arrows.expected.js: for i < 6: id '' and text 'text' + i
        for (int i = 0; i < 6; ++i)
            e.fields[i] = {{QStringLiteral("id"), QString()}, {QStringLiteral("text"), QStringLiteral("text%1").arg(i)}};
    } else if (caseName == QLatin1String("w3c-wpt_settings-align")) {
        // w3c-wpt_settings-align.expected.js: the array of valid aligns, one per cue
        const QStringList aligns{QStringLiteral("center"), QStringLiteral("start"), QStringLiteral("center"), QStringLiteral("end"),
                                 QStringLiteral("left"),   QStringLiteral("right"), QStringLiteral("end"),    QStringLiteral("end"),
                                 QStringLiteral("end"),    QStringLiteral("end"),   QStringLiteral("end"),    QStringLiteral("end"),
                                 QStringLiteral("center")};
        for (int i = 0; i < aligns.size(); ++i)
            e.fields[i][QStringLiteral("align")] = aligns[i];
    } else if (caseName == QLatin1String("w3c-wpt_timings-negative")) {
        // w3c-wpt_timings-negative.expected.js: [0, 0], [1, 0.999], [60, 59.999], [3600, 3599.999]; text 'text' + i
        const QList<std::pair<qint64, qint64>> times{{0, 0}, {1000, 999}, {60000, 59999}, {3600000, 3599999}};
        for (int i = 0; i < times.size(); ++i)
            e.fields[i] = {{QStringLiteral("text"), QStringLiteral("text%1").arg(i)},
                           {QStringLiteral("startTime"), QString::number(times[i].first)},
                           {QStringLiteral("endTime"), QString::number(times[i].second)}};
    }
}

QString fieldOf(const Cue& cue, const QString& name)
{
    if (name == QLatin1String("id"))
        return cue.id;
    if (name == QLatin1String("text"))
        return cue.text;
    if (name == QLatin1String("startTime"))
        return QString::number(cue.startMs);
    if (name == QLatin1String("endTime"))
        return QString::number(cue.endMs);
    if (name == QLatin1String("align"))
        return cue.align;
    FAIL("the .js file asserts on a field this test does not know: " << name.toStdString());
    return {};
}

}  // namespace

TEST_CASE("WebVTT parser passes the W3C parsing cases" * THEMA_NEEDS_SHARED)
{
    const QDir dir(test::sharedPath(QStringLiteral("corpus/vtt_conformance")));
    const QStringList cases = dir.entryList({QStringLiteral("*.vtt")}, QDir::Files, QDir::Name);
    REQUIRE(cases.size() >= 8);
    for (const QString& vtt : cases) {
        const QString caseName = vtt.chopped(4);
        CAPTURE(caseName.toStdString());
        const QString js = dir.filePath(caseName + QStringLiteral(".expected.js"));
        REQUIRE(QFile::exists(js));
        Expected e = readExpectations(js);
        addTranscribed(caseName, e);
        REQUIRE(e.length.has_value());

        QFile file(dir.filePath(vtt));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QStringList warnings;
        const WebVttDocument doc = WebVttParser::parse(WebVttImporter::decode(file.readAll(), vtt, warnings));
        CHECK(doc.signature);
        CHECK(doc.cues.size() == *e.length);
        qsizetype checked = 0;
        for (const auto& [cueIndex, fields] : e.fields) {
            const int index = cueIndex;  // clang 14 cannot capture structured bindings (CAPTURE uses a lambda)
            REQUIRE(index < doc.cues.size());
            for (const auto& [fieldName, value] : fields) {
                const std::string name = fieldName.toStdString();
                CAPTURE(index);
                CAPTURE(name);
                CHECK(fieldOf(doc.cues[index], fieldName).toStdString() == value.toStdString());
                ++checked;
            }
        }
        MESSAGE(caseName.toStdString() << ": " << doc.cues.size() << " cues, " << checked << " field assertions");
    }
}

TEST_CASE("WebVTT timestamps follow the specification's digit rules")
{
    CHECK(WebVttParser::parseTimestamp(QStringLiteral("00:00:01.000")) == 1000);
    CHECK(WebVttParser::parseTimestamp(QStringLiteral("01:02.003")) == 62003);
    CHECK(WebVttParser::parseTimestamp(QStringLiteral("100:00:00.000")) == 360000000);
    CHECK_FALSE(WebVttParser::parseTimestamp(QStringLiteral("60:00.000")));  // a first field over 59 is hours, so three fields
    CHECK_FALSE(WebVttParser::parseTimestamp(QStringLiteral("00:60.000")));
    CHECK_FALSE(WebVttParser::parseTimestamp(QStringLiteral("00:00:00,000")));
    CHECK_FALSE(WebVttParser::parseTimestamp(QStringLiteral("00:00:00.00")));
    CHECK_FALSE(WebVttParser::parseTimestamp(QStringLiteral("1234567890:00:00.000")));
}
