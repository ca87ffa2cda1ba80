#include "format/docxwriter.h"

#include "format/writerutil.h"
#include "zipwriter.h"

#include <pugixml.hpp>

#include <numeric>
#include <sstream>

namespace thema {
namespace {

constexpr int kUsableWidth = 16838 - 2 * 1134;  // landscape A4 minus 2 cm margins, in twips

QByteArray serialise(const pugi::xml_document& doc)
{
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw, pugi::encoding_utf8);
    return QByteArray::fromStdString(out.str());
}

pugi::xml_node root(pugi::xml_document& doc)
{
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    decl.append_attribute("standalone") = "yes";
    pugi::xml_node r = doc.append_child("w:document");
    r.append_attribute("xmlns:w") = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    return r;
}

void set(pugi::xml_node parent, const char* name, std::initializer_list<std::pair<const char*, QString>> attributes)
{
    pugi::xml_node n = parent.append_child(name);
    for (const auto& [key, value] : attributes)
        n.append_attribute(key) = value.toUtf8().constData();
}

/** One Word paragraph: a line feed becomes w:br, a tab w:tab; right-to-left text gets w:bidi and w:rtl. */
void paragraph(pugi::xml_node parent, const QString& text, bool bold = false, int halfPoints = 0, int spaceAfter = -1)
{
    const QString clean = writerutil::xmlSafe(text);
    const bool rtl = writerutil::isRightToLeft(clean);
    pugi::xml_node p = parent.append_child("w:p");
    pugi::xml_node pPr = p.append_child("w:pPr");
    if (rtl)
        pPr.append_child("w:bidi");
    if (spaceAfter >= 0)
        set(pPr, "w:spacing", {{"w:after", QString::number(spaceAfter)}});
    pugi::xml_node r = p.append_child("w:r");
    pugi::xml_node rPr = r.append_child("w:rPr");
    if (bold) {
        rPr.append_child("w:b");
        rPr.append_child("w:bCs");
    }
    if (halfPoints > 0) {
        set(rPr, "w:sz", {{"w:val", QString::number(halfPoints)}});
        set(rPr, "w:szCs", {{"w:val", QString::number(halfPoints)}});
    }
    if (rtl)
        rPr.append_child("w:rtl");
    QString run;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        pugi::xml_node t = r.append_child("w:t");
        t.append_attribute("xml:space") = "preserve";
        t.text().set(run.toUtf8().constData());
        run.clear();
    };
    for (const QChar c : clean) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            flush();
            r.append_child(c == QLatin1Char('\n') ? "w:br" : "w:tab");
        } else {
            run += c;
        }
    }
    flush();
}

void cell(pugi::xml_node tr, const TableCell& content, int width, bool header)
{
    pugi::xml_node tc = tr.append_child("w:tc");
    pugi::xml_node tcPr = tc.append_child("w:tcPr");
    set(tcPr, "w:tcW", {{"w:w", QString::number(width)}, {"w:type", QStringLiteral("dxa")}});
    if (header)
        set(tcPr, "w:shd", {{"w:val", QStringLiteral("clear")}, {"w:color", QStringLiteral("auto")}, {"w:fill", QStringLiteral("E7E6E6")}});
    if (content.isEmpty())
        paragraph(tc, QString());
    for (qsizetype i = 0; i < content.size(); ++i)
        paragraph(tc, content[i], header, 0, i + 1 < content.size() ? 80 : 0);
}

QByteArray contentTypes()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        "</Types>");
}

QByteArray packageRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "</Relationships>");
}

QByteArray documentRels()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        "</Relationships>");
}

/** Document defaults only: a sans font (with complex-script and East Asian fallbacks) at 10 pt. */
QByteArray styles()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Arial\" w:eastAsia=\"SimSun\"/>"
        "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-GB\"/>"
        "</w:rPr></w:rPrDefault>"
        "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"252\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
        "</w:docDefaults></w:styles>");
}

}  // namespace

QByteArray DocxWriter::documentXml(const TableDocument& table)
{
    pugi::xml_document doc;
    pugi::xml_node document = root(doc);
    pugi::xml_node body = document.append_child("w:body");
    if (!table.title.isEmpty())
        paragraph(body, table.title, true, 28, 200);

    const qsizetype n = std::max<qsizetype>(1, table.headers.size());
    // 10 pt bold header text is about 115 twips a character, plus the cell margins.
    QList<int> widths;
    for (double share : writerutil::columnShares(table, kUsableWidth / 115.0))
        widths.append(int(kUsableWidth * share));

    pugi::xml_node tbl = body.append_child("w:tbl");
    pugi::xml_node tblPr = tbl.append_child("w:tblPr");
    set(tblPr, "w:tblW", {{"w:w", QString::number(kUsableWidth)}, {"w:type", QStringLiteral("dxa")}});
    pugi::xml_node borders = tblPr.append_child("w:tblBorders");
    for (const char* edge : {"w:top", "w:bottom", "w:insideH"})
        set(borders, edge, {{"w:val", QStringLiteral("single")}, {"w:sz", QString::number(edge[2] == 'i' ? 4 : 12)},
                            {"w:space", QStringLiteral("0")}, {"w:color", QStringLiteral("000000")}});
    set(tblPr, "w:tblLayout", {{"w:type", QStringLiteral("fixed")}});
    pugi::xml_node margins = tblPr.append_child("w:tblCellMar");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"})
        set(margins, side, {{"w:w", QString::number(side[2] == 't' || side[2] == 'b' ? 60 : 100)}, {"w:type", QStringLiteral("dxa")}});
    pugi::xml_node grid = tbl.append_child("w:tblGrid");
    for (int w : widths)
        set(grid, "w:gridCol", {{"w:w", QString::number(w)}});

    pugi::xml_node head = tbl.append_child("w:tr");
    pugi::xml_node trPr = head.append_child("w:trPr");
    trPr.append_child("w:cantSplit");
    trPr.append_child("w:tblHeader");
    for (qsizetype c = 0; c < n; ++c)
        cell(head, {c < table.headers.size() ? writerutil::headerText(table.headers[c]) : QString()}, widths[c], true);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        pugi::xml_node tr = tbl.append_child("w:tr");
        for (qsizetype c = 0; c < n; ++c)
            cell(tr, table.cell(r, c), widths[c], false);
    }

    for (const QString& note : table.notes)
        paragraph(body, note, false, 18, 0);
    pugi::xml_node sect = body.append_child("w:sectPr");
    set(sect, "w:pgSz", {{"w:w", QStringLiteral("16838")}, {"w:h", QStringLiteral("11906")}, {"w:orient", QStringLiteral("landscape")}});
    set(sect, "w:pgMar", {{"w:top", QStringLiteral("1134")}, {"w:right", QStringLiteral("1134")}, {"w:bottom", QStringLiteral("1134")},
                          {"w:left", QStringLiteral("1134")}, {"w:header", QStringLiteral("709")}, {"w:footer", QStringLiteral("709")},
                          {"w:gutter", QStringLiteral("0")}});
    return serialise(doc);
}

void DocxWriter::write(const TableDocument& table, const QString& path) const
{
    ZipWriter zip(path);
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes());
    zip.add(QStringLiteral("_rels/.rels"), packageRels());
    zip.add(QStringLiteral("word/_rels/document.xml.rels"), documentRels());
    zip.add(QStringLiteral("word/styles.xml"), styles());
    zip.add(QStringLiteral("word/document.xml"), documentXml(table));
    zip.commit();
}

}  // namespace thema
