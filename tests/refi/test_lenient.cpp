// Leniency and safety on hand-made files: what real exports vary in, and what hostile files try.
#include "exchange/refiformat.h"
#include "model/error.h"
#include "refi/positionmap.h"
#include "refi/refiimport.h"
#include "shared.h"
#include "store/projectstore.h"
#include "text/offsets.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>

#include <doctest/doctest.h>

using namespace thema;

namespace {

QString tmp(const QString& name)
{
    static const QString dir = test::tempDir();
    return QDir(dir).filePath(name);
}

QString writeZip(const QString& name, const QList<std::pair<QString, QByteArray>>& entries)
{
    ZipWriter zip(tmp(name));
    for (const auto& [entry, bytes] : entries)
        zip.add(entry, bytes);
    zip.commit();
    return tmp(name);
}

ExchangeReport importFile(const QString& path, std::unique_ptr<ProjectStore>& store)
{
    store = ProjectStore::create(path + QStringLiteral(".thema"));
    return refi::importInto(*store, path);
}

}  // namespace

TEST_CASE("GUIDs in braces and upper case, an old namespace, Sources/ in upper case, BOM and CRLF")
{
    // Text with CRLF and a BOM; positions in code points with CRLF counted once (as ATLAS.ti is said to).
    const QByteArray text = "\xEF\xBB\xBFInterviewer: Why?\r\nP1: Because it helped.\r\n";
    const QByteArray qde =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
        "<Project xmlns=\"urn:QDA-XML:project:0:4\" name=\"x\" origin=\"ATLAS.ti 9\">"
        "<Users><User guid=\"{AAAAAAAA-0000-0000-0000-000000000001}\" name=\"Ann\"/></Users>"
        "<CodeBook><Codes><Code guid=\"BBBBBBBB-0000-0000-0000-000000000001\" name=\"Help\" isCodable=\"false\" color=\"#FFAA00BB\">"
        "<Code guid=\"bbbbbbbb-0000-0000-0000-000000000002\" name=\"Some/what\" isCodable=\"true\"/></Code></Codes></CodeBook>"
        "<Sources><TextSource guid=\"CCCCCCCC-0000-0000-0000-000000000001\" name=\"T\" plainTextPath=\"internal://cccccccc.TXT\">"
        "<PlainTextSelection guid=\"DDDDDDDD-0000-0000-0000-000000000001\" startPosition=\"23\" endPosition=\"41\" creatingUser=\"aaaaaaaa-0000-0000-0000-000000000001\">"
        "<Coding guid=\"EEEEEEEE-0000-0000-0000-000000000001\"><CodeRef targetGUID=\"{bbbbbbbb-0000-0000-0000-000000000001}\"/></Coding>"
        "<Coding guid=\"EEEEEEEE-0000-0000-0000-000000000002\"><CodeRef targetGUID=\"BBBBBBBB-0000-0000-0000-000000000002\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"DDDDDDDD-0000-0000-0000-000000000002\" startPosition=\"5\" endPosition=\"5\">"
        "<Coding guid=\"EEEEEEEE-0000-0000-0000-000000000003\"><CodeRef targetGUID=\"BBBBBBBB-0000-0000-0000-000000000002\"/></Coding>"
        "</PlainTextSelection>"
        "<PlainTextSelection guid=\"DDDDDDDD-0000-0000-0000-000000000003\" startPosition=\"99999999999999999999999\" endPosition=\"7\"/>"
        "</TextSource></Sources></Project>";
    const QString path = writeZip(QStringLiteral("lenient.qdpx"), {{QStringLiteral("Whatever.qde"), qde}, {QStringLiteral("Sources/cccccccc.txt"), text}});
    std::unique_ptr<ProjectStore> store;
    const ExchangeReport report = importFile(path, store);
    INFO(report.toText().toStdString());
    REQUIRE(store->sources().size() == 1);
    const Source s = store->sources().first();
    CHECK(s.guid == QStringLiteral("cccccccc-0000-0000-0000-000000000001"));
    CHECK(store->sourceText(s.id) == QStringLiteral("Interviewer: Why?\nP1: Because it helped.\n"));
    const QList<Coding> codings = store->codings();
    REQUIRE(codings.size() == 2);
    CHECK(TextOffsets::mid(store->sourceText(s.id), codings[0].span.start, codings[0].span.end) == QStringLiteral("Because it helped."));
    CHECK(store->coder(codings[0].coder)->name == QStringLiteral("Ann"));
    CHECK(store->codeByGuid(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001"))->color == QStringLiteral("#aa00bb"));
    CHECK(store->codeByPath(QStringLiteral("Help/Some\u2215what")));
    CHECK(std::any_of(report.notImported.begin(), report.notImported.end(),
                      [](const QString& l) { return l.startsWith(QStringLiteral("1 zero-length selection with 1 coding")); }));
    CHECK(std::any_of(report.notImported.begin(), report.notImported.end(),
                      [](const QString& l) { return l.contains(QStringLiteral("not numbers")); }));
    // The import report is kept as a project memo.
    REQUIRE(store->memos().size() == 1);
    CHECK(store->memos().first().text.contains(QStringLiteral("zero-length")));
}

TEST_CASE("positions: code points, UTF-16 units and CRLF as two all map to the same code point")
{
    // "a😀b\nc": 😀 is two UTF-16 units; the line break was CRLF in the file.
    const QString text = QStringLiteral("a\U0001F600b\nc");
    const PositionMap map(text, {true});
    CHECK(map.ambiguous());
    const PositionUnits cp{false, false}, u16{true, false}, u16crlf{true, true};
    CHECK(map.toCodePoint(4, cp) == 4);     // before 'c'
    CHECK(map.toCodePoint(5, u16) == 4);
    CHECK(map.toCodePoint(6, u16crlf) == 4);
    CHECK(map.toCodePoint(2, u16) == 1);    // inside the surrogate pair: the emoji's start
    CHECK(map.toCodePoint(7, u16crlf) == 5);
    CHECK(!map.toCodePoint(8, u16crlf));
    CHECK(!map.toCodePoint(-1, cp));
    // Detection: spans that fit and sit on word boundaries only when read as UTF-16 with CRLF as two.
    const QString words = QStringLiteral("\U0001F600\U0001F600 one\ntwo three");
    const PositionMap m2(words, {true});
    const PositionUnits found = m2.detect({{5, 8}, {10, 13}, {14, 19}}, PositionMap::preferenceFor(QString()));
    CHECK(found == u16crlf);
}

TEST_CASE("descriptions and theme markers survive composing and parsing")
{
    const CodeDescription d{QStringLiteral("Def.\n\nMore."), QStringLiteral("Use."), QString(), QStringLiteral("Ex.")};
    CHECK(refi::parseCodeDescription(refi::composeCodeDescription(d)) == d);
    CHECK(refi::parseCodeDescription(QStringLiteral("Plain text")).definition == QStringLiteral("Plain text"));
    refi::ThemeMarker m;
    m.status = ThemeStatus::Final;
    m.position = 3;
    m.parentGuid = refi::derivedGuid(QStringLiteral("p"));
    m.exemplars = {refi::derivedGuid(QStringLiteral("a")), refi::derivedGuid(QStringLiteral("b"))};
    QString definition;
    const auto back = refi::parseThemeDescription(refi::composeThemeDescription(QStringLiteral("Def."), m), &definition);
    REQUIRE(back);
    CHECK(definition == QStringLiteral("Def."));
    CHECK(back->status == ThemeStatus::Final);
    CHECK(back->position == 3);
    CHECK(back->parentGuid == m.parentGuid);
    CHECK(back->exemplars == m.exemplars);
    CHECK(!refi::parseThemeDescription(QStringLiteral("An ATLAS.ti code group"), nullptr));
    CHECK(refi::normalizeGuid(QStringLiteral("{ABCDEF00-1111-2222-3333-444455556666}")) == QStringLiteral("abcdef00-1111-2222-3333-444455556666"));
    CHECK(refi::normalizeGuid(QStringLiteral("not-a-guid")).isEmpty());
    CHECK(refi::normalizeColor(QStringLiteral("#ABC")) == QStringLiteral("#aabbcc"));
    CHECK(refi::normalizeColor(QStringLiteral("red")).isEmpty());
}

TEST_CASE("hostile files are refused cleanly and change nothing")
{
    auto store = ProjectStore::create(tmp(QStringLiteral("target.thema")));
    const auto refuses = [&](const QString& path, const QString& words) {
        try {
            refi::importInto(*store, path);
            FAIL("accepted " << path.toStdString());
        } catch (const Error& e) {
            INFO(e.message().toStdString());
            CHECK(e.message().contains(words));
        }
        CHECK(store->codes().isEmpty());
        CHECK(store->memos().isEmpty());
    };
    // Entity expansion ("billion laughs").
    QFile bomb(tmp(QStringLiteral("laughs.qdc")));
    REQUIRE(bomb.open(QIODevice::WriteOnly));
    bomb.write("<?xml version=\"1.0\"?><!DOCTYPE CodeBook [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
               "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code guid=\"11111111-1111-1111-1111-111111111111\" name=\"&b;\" isCodable=\"true\"/></Codes></CodeBook>");
    bomb.close();
    refuses(tmp(QStringLiteral("laughs.qdc")), QStringLiteral("entities"));
    // An archive entry that climbs out of the target.
    const QString escape = writeZip(QStringLiteral("escape.qdpx"), {{QStringLiteral("project.qde"), "<Project name=\"x\"/>"}});
    {
        // ZipWriter refuses ".." itself; patch the stored name in place to make the hostile archive.
        QFile f(escape);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes.replace("project.qde", "../../x.qde");
        f.seek(0);
        f.write(bytes);
    }
    refuses(escape, QStringLiteral(".."));
    // A zip bomb: 64 MB of zeros compress about a thousandfold.
    const QString zeros = writeZip(QStringLiteral("zeros.qdpx"), {{QStringLiteral("project.qde"), QByteArray(64 << 20, ' ')}});
    refuses(zeros, QStringLiteral("zeros.qdpx"));
    // Codes nested absurdly deep.
    QByteArray deep = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>";
    for (int i = 0; i < 100; ++i)
        deep += "<Code guid=\"" + refi::derivedGuid(QString::number(i)).toLatin1() + "\" name=\"c\" isCodable=\"true\">";
    for (int i = 0; i < 100; ++i)
        deep += "</Code>";
    deep += "</Codes></CodeBook>";
    QFile deepFile(tmp(QStringLiteral("deep.qdc")));
    REQUIRE(deepFile.open(QIODevice::WriteOnly));
    deepFile.write(deep);
    deepFile.close();
    refuses(tmp(QStringLiteral("deep.qdc")), QStringLiteral("nested"));
    // Not QDA-XML at all.
    QFile html(tmp(QStringLiteral("page.qdc")));
    REQUIRE(html.open(QIODevice::WriteOnly));
    html.write("<html><body>hi</body></html>");
    html.close();
    refuses(tmp(QStringLiteral("page.qdc")), QStringLiteral("<html>"));
}
