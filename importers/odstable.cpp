#include "odstable.h"

#include "model/error.h"
#include "xmlparse.h"
#include "ziparchive.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <functional>

namespace thema {
namespace {

constexpr int kMaxColumns = 4096;
constexpr int kMaxRepeatedRows = 100000;

bool is(const pugi::xml_node& node, const char* name)
{
    return std::strcmp(localName(node), name) == 0;
}

void appendText(const pugi::xml_node& node, QString& out)
{
    for (const pugi::xml_node& child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            out += QString::fromUtf8(child.value());
        } else if (is(child, "s")) {
            out += QString(std::max(1, std::min(child.attribute("text:c").as_int(1), 1000)), QLatin1Char(' '));
        } else if (is(child, "tab")) {
            out += QLatin1Char('\t');
        } else if (is(child, "line-break")) {
            out += QLatin1Char('\n');
        } else if (!is(child, "annotation") && !is(child, "note")) {
            appendText(child, out);
        }
    }
}

// "PT01H02M03.5S" → "01:02:03.500"
QString odfTime(const QString& duration)
{
    static const QRegularExpression re(QStringLiteral(R"(^-?P(?:\d+D)?T(\d+)H(\d+)M(\d+)(?:[.,](\d+))?S$)"));
    const auto m = re.match(duration);
    if (!m.hasMatch())
        return duration;
    QString out = QStringLiteral("%1:%2:%3").arg(m.captured(1).toInt(), 2, 10, QLatin1Char('0'))
                      .arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'))
                      .arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'));
    if (!m.captured(4).isEmpty())
        out += QLatin1Char('.') + m.captured(4).left(3);
    return out;
}

QString cellValue(const pugi::xml_node& cell)
{
    const std::string type = cell.attribute("office:value-type").value();
    if (type == "time")
        return odfTime(QString::fromUtf8(cell.attribute("office:time-value").value()));
    if (type == "float" || type == "percentage" || type == "currency")
        return QString::fromUtf8(cell.attribute("office:value").value());
    QStringList paragraphs;
    for (const pugi::xml_node& p : cell.children())
        if (is(p, "p") || is(p, "h")) {
            QString text;
            appendText(p, text);
            paragraphs.append(text);
        }
    return paragraphs.join(QLatin1Char('\n'));
}

}  // namespace

DataTable readOds(const QByteArray& bytes, const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    if (!ZipArchive::looksLikeZip(bytes))
        throw Error(QStringLiteral("%1: not an OpenDocument spreadsheet (.ods is a zip package)").arg(name));
    const ZipArchive zip = ZipArchive::fromBytes(bytes, name);
    const auto doc = parseXml(zip.read(QStringLiteral("content.xml")), name, QStringLiteral("content.xml"),
                              pugi::parse_default | pugi::parse_ws_pcdata);
    const pugi::xml_node table = doc.select_node("//table:table").node();
    if (!table)
        throw Error(QStringLiteral("%1: the spreadsheet has no sheet").arg(name));

    QList<QStringList> rows;
    auto addRow = [&](const pugi::xml_node& row) {
        QStringList cells;
        for (const pugi::xml_node& cell : row.children()) {
            if (!is(cell, "table-cell") && !is(cell, "covered-table-cell"))
                continue;
            const QString value = cellValue(cell);
            const int repeat = std::max(1, cell.attribute("table:number-columns-repeated").as_int(1));
            if (value.isEmpty() && !cell.next_sibling())
                continue;  // the empty cells that pad a row to the sheet's width
            for (int i = 0; i < repeat && cells.size() < kMaxColumns; ++i)
                cells.append(value);
        }
        const int repeat = std::max(1, row.attribute("table:number-rows-repeated").as_int(1));
        const bool empty = std::all_of(cells.cbegin(), cells.cend(), [](const QString& c) { return c.isEmpty(); });
        for (int i = 0; i < (empty ? 1 : std::min(repeat, kMaxRepeatedRows)); ++i)
            rows.append(cells);
    };
    std::function<void(const pugi::xml_node&)> walk = [&](const pugi::xml_node& parent) {
        for (const pugi::xml_node& child : parent.children()) {
            if (is(child, "table-row"))
                addRow(child);
            else if (is(child, "table-rows") || is(child, "table-header-rows") || is(child, "table-row-group"))
                walk(child);
        }
    };
    walk(table);
    return DataTable::fromRows(std::move(rows));
}

}  // namespace thema
