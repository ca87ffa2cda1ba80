#include "xlsxtable.h"

#include "model/error.h"
#include "xmlparse.h"
#include "ziparchive.h"

#include <QFileInfo>

#include <cstring>

namespace thema {
namespace {

// Text of a shared or inline string: its <t> runs, without phonetic guides (<rPh>).
QString runText(const pugi::xml_node& node)
{
    QString out;
    for (const pugi::xml_node& child : node.children()) {
        const char* name = localName(child);
        if (std::strcmp(name, "t") == 0)
            out += QString::fromUtf8(child.text().get());
        else if (std::strcmp(name, "r") == 0)
            out += runText(child);
    }
    return out;
}

// "B12" → 1 (zero-based column); -1 when the reference has no letters.
int columnOf(const char* ref)
{
    int column = 0;
    bool any = false;
    for (const char* p = ref; *p >= 'A' && *p <= 'Z'; ++p) {
        column = column * 26 + (*p - 'A' + 1);
        any = true;
        if (column > 16384)
            return -1;
    }
    return any ? column - 1 : -1;
}

QString firstSheetPath(const ZipArchive& zip, const QString& fileName)
{
    const QString fallback = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!zip.contains(QStringLiteral("xl/workbook.xml")) || !zip.contains(QStringLiteral("xl/_rels/workbook.xml.rels")))
        return fallback;
    const auto workbook = parseXml(zip.read(QStringLiteral("xl/workbook.xml")), fileName, QStringLiteral("xl/workbook.xml"));
    const auto rels = parseXml(zip.read(QStringLiteral("xl/_rels/workbook.xml.rels")), fileName,
                               QStringLiteral("xl/_rels/workbook.xml.rels"));
    QString id;
    for (const pugi::xml_node& sheets : workbook.document_element().children())
        if (std::strcmp(localName(sheets), "sheets") == 0)
            for (const pugi::xml_node& sheet : sheets.children())
                for (const pugi::xml_attribute& a : sheet.attributes())
                    if (id.isEmpty() && QByteArray(a.name()).endsWith(":id"))
                        id = QString::fromUtf8(a.value());
    for (const pugi::xml_node& rel : rels.document_element().children())
        if (QString::fromUtf8(rel.attribute("Id").value()) == id) {
            QString target = QString::fromUtf8(rel.attribute("Target").value());
            return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    return fallback;
}

}  // namespace

DataTable readXlsx(const QByteArray& bytes, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (!ZipArchive::looksLikeZip(bytes))
        throw Error(QStringLiteral("%1: not an Excel workbook (.xlsx is a zip package)").arg(name));
    const ZipArchive zip = ZipArchive::fromBytes(bytes, name);
    const QString sheetPath = firstSheetPath(zip, name);
    if (!zip.contains(sheetPath))
        throw Error(QStringLiteral("%1: no worksheet found (%2 is missing)").arg(name, sheetPath));

    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        const auto doc = parseXml(zip.read(QStringLiteral("xl/sharedStrings.xml")), name, QStringLiteral("xl/sharedStrings.xml"));
        for (const pugi::xml_node& si : doc.document_element().children())
            if (std::strcmp(localName(si), "si") == 0)
                shared.append(runText(si));
    }

    const auto sheet = parseXml(zip.read(sheetPath), name, sheetPath);
    QList<QStringList> rows;
    for (const pugi::xml_node& data : sheet.document_element().children()) {
        if (std::strcmp(localName(data), "sheetData") != 0)
            continue;
        for (const pugi::xml_node& row : data.children()) {
            if (std::strcmp(localName(row), "row") != 0)
                continue;
            QStringList cells;
            for (const pugi::xml_node& c : row.children()) {
                if (std::strcmp(localName(c), "c") != 0)
                    continue;
                const int column = columnOf(c.attribute("r").value());
                if (column > 4096)
                    continue;  // far-away cells carry no answers; do not pad thousands of columns for them
                const std::string type = c.attribute("t").value();
                QString value;
                if (type == "inlineStr") {
                    value = runText(c.child("is"));
                } else {
                    const QString v = QString::fromUtf8(c.child("v").text().get());
                    if (type == "s") {
                        bool ok = false;
                        const int index = v.toInt(&ok);
                        value = ok ? shared.value(index) : QString();
                    } else if (type == "b") {
                        value = v == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                    } else {
                        value = v;
                    }
                }
                if (column >= 0)
                    while (cells.size() < column)
                        cells.append(QString());
                cells.append(value);
            }
            rows.append(cells);
        }
    }
    DataTable table = DataTable::fromRows(std::move(rows));
    table.numbersAreDays = true;
    return table;
}

}  // namespace thema
