#include "support.h"

#include "demostudy.h"
#include "shared.h"
#include "xmlparse.h"

#include <QFile>

#include <memory>
#include <stdexcept>

namespace exports_test {

QString demoPath()
{
    static const QString path = [] {
        const QString p = thema::test::tempDir() + QStringLiteral("/demo.thema");
        thema::DemoStudy::build(thema::DemoStudy::defaultSamplesDir(), p);
        return p;
    }();
    return path;
}

thema::ProjectStore& demo()
{
    static std::unique_ptr<thema::ProjectStore> store = thema::ProjectStore::open(demoPath());
    return *store;
}

QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    qsizetype i = 0;
    auto endField = [&] {
        record.append(field);
        field.clear();
        wasQuoted = false;
    };
    while (i < text.size()) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                if (i < text.size() && text[i] != QLatin1Char(',') && text[i] != QLatin1Char('\r'))
                    throw std::runtime_error("text after a closing quote");
                continue;
            }
            field += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted)
                throw std::runtime_error("a quote inside an unquoted field");
            quoted = wasQuoted = true;
            ++i;
        } else if (c == QLatin1Char(',')) {
            endField();
            ++i;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n'))
                throw std::runtime_error("CR without LF");
            endField();
            records.append(record);
            record.clear();
            i += 2;
        } else if (c == QLatin1Char('\n')) {
            throw std::runtime_error("a bare LF outside quotes");
        } else {
            field += c;
            ++i;
        }
    }
    if (quoted)
        throw std::runtime_error("an unterminated quoted field");
    if (!field.isEmpty() || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

QStringList xmlTexts(const QByteArray& xml, const char* element)
{
    const pugi::xml_document doc = thema::parseXml(xml, QStringLiteral("test.xml"));
    QStringList out;
    const QByteArray query = QByteArray("//*[local-name()='") + QByteArray(element) + QByteArray("']");
    for (const pugi::xpath_node& n : doc.select_nodes(query.constData()))
        out.append(QString::fromUtf8(n.node().text().get()));
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QString tempFile(const QString& name)
{
    static const QString dir = thema::test::tempDir();
    return dir + QLatin1Char('/') + name;
}

thema::TableDocument awkwardTable()
{
    thema::TableDocument t;
    t.title = QStringLiteral("Awkward # $ % & table");
    t.sheetName = QStringLiteral("Awkward");
    t.headers = {QStringLiteral("Name"), QStringLiteral("Text"), QStringLiteral("Count")};
    t.numericColumns = {2};
    t.carriedColumns = {0};
    t.rows = {
        {{{QStringLiteral("LaTeX")}, {QStringLiteral("# $ % & ~ _ ^ \\ { } < > |")}, {QStringLiteral("1")}}, 0},
        {{{QString()}, {QStringLiteral("a,b \"quoted\" and a | pipe"), QStringLiteral("second paragraph")}, {QStringLiteral("-3")}}, 1},
        {{{QStringLiteral("Formulas")}, {QStringLiteral("=SUM(A1:A3)")}, {QStringLiteral("0")}}, 0},
        {{{QStringLiteral("+1 call")}, {QStringLiteral("-rf")}, {QStringLiteral("2")}}, 0},
        {{{QStringLiteral("@cmd")}, {QStringLiteral("\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD")}, {QStringLiteral("3")}}, 0},
        {{{QStringLiteral("\u0645\u0631\u062D\u0628\u0627")}, {QStringLiteral("\u6771\u4EAC\u306B\u4F4F\u3093\u3067\u3044\u307E\u3059 \U0001F642 e\u0301")}, {QStringLiteral("4")}}, 0},
    };
    t.notes = {QStringLiteral("A note with 100% & _ signs.")};
    return t;
}

}  // namespace exports_test
