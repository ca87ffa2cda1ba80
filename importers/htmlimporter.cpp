#include "htmlimporter.h"

#include "model/error.h"
#include "richtextdraft.h"
#include "rtfcodepages.h"
#include "text/decoder.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <memory>
#include <utility>
#include <vector>

namespace thema {
namespace {

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

struct CtxtFree {
    void operator()(htmlParserCtxt* ctxt) const { htmlFreeParserCtxt(ctxt); }
};

QByteArray declaredCharset(const QByteArray& bytes)
{
    static const QRegularExpression re(
        QStringLiteral(R"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(bytes.left(4096)));
    if (!m.hasMatch())
        return {};
    QByteArray name = m.captured(1).toLatin1().toLower();
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "iso8859-1")
        name = "windows-1252";  // what browsers do, and what such pages really are
    return name;
}

QString decodeHtml(const QByteArray& bytes, const QString& name, QStringList& warnings)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!bom) {
        const QByteArray charset = declaredCharset(bytes);
        if (!charset.isEmpty() && charset != "utf-8" && charset != "utf8") {
            RtfCodepages codepages;
            const QString text = codepages.decode(bytes, charset);
            if (codepages.unknown().isEmpty())
                return normalizeLineEndings(text);
            warnings.append(QStringLiteral("%1: the declared charset \"%2\" is unknown; detected the encoding instead")
                                .arg(name, QString::fromLatin1(charset)));
        }
    }
    const DecodedText decoded = decodeText(bytes, name);  // BOM, valid UTF-8, or detection
    return decoded.text;
}

const QSet<QByteArray>& blockElements()
{
    static const QSet<QByteArray> names = {
        "p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "blockquote", "pre",
        "section", "article", "header", "footer", "main", "aside", "nav", "table", "thead", "tbody", "tfoot",
        "ul", "ol", "dl", "form", "fieldset", "address", "figure", "figcaption", "hr", "caption", "center",
        "body", "html", "details", "summary", "legend", "menu", "dir", "hgroup", "option"};
    return names;
}

const QSet<QByteArray>& droppedElements()
{
    static const QSet<QByteArray> names = {"script", "style", "head", "template", "noscript", "iframe", "object",
                                           "embed", "svg", "math", "select", "textarea", "button", "canvas"};
    return names;
}

class HtmlWalker {
public:
    explicit HtmlWalker(RichTextDraft& out) : m_out(out) {}

    // Walks the siblings from @p first and their descendants with an explicit stack (pages nest without limit).
    void walk(xmlNode* first)
    {
        struct Open {
            xmlNode* node;
            bool block;
            bool pre;
        };
        std::vector<Open> open;
        xmlNode* n = first;
        while (n || !open.empty()) {
            if (!n) {  // the last child of the innermost open element is done: close it
                const Open done = open.back();
                open.pop_back();
                m_pre -= done.pre ? 1 : 0;
                if (done.block)
                    breakParagraph();
                n = done.node->next;
                continue;
            }
            if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
                text(reinterpret_cast<const char*>(n->content));
            } else if (n->type == XML_ELEMENT_NODE) {
                const QByteArray name = QByteArray(reinterpret_cast<const char*>(n->name)).toLower();
                if (name == "br") {
                    m_out.lineBreak();
                    m_lastWasSpace = true;
                } else if (!droppedElements().contains(name)) {
                    const bool block = blockElements().contains(name);
                    if (block)
                        breakParagraph();
                    const bool pre = name == "pre" || name == "textarea" || name == "listing" || name == "plaintext";
                    m_pre += pre ? 1 : 0;
                    open.push_back({n, block, pre});
                    n = n->children;
                    continue;
                }
            }
            n = n->next;
        }
    }

private:
    void breakParagraph()
    {
        m_out.endParagraph();
        m_lastWasSpace = true;
    }

    void text(const char* utf8)
    {
        if (!utf8)
            return;
        const QString s = QString::fromUtf8(utf8);
        if (m_pre > 0) {
            const QStringList lines = s.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    m_out.lineBreak();
                m_out.addText(lines[i]);
            }
            m_lastWasSpace = s.endsWith(QLatin1Char('\n'));
            return;
        }
        QString out;
        for (const QChar c : s) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
                c == QLatin1Char('\f')) {
                if (!m_lastWasSpace)
                    out += QLatin1Char(' ');
                m_lastWasSpace = true;
            } else {
                out += c;
                m_lastWasSpace = false;
            }
        }
        m_out.addText(out);
    }

    RichTextDraft& m_out;
    bool m_lastWasSpace = true;
    int m_pre = 0;
};

}  // namespace

QStringList HtmlImporter::extensions() const
{
    return {QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml")};
}

int HtmlImporter::sniff(const QByteArray& head, const QString&) const
{
    QByteArray start = head.left(2048);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed().toLower();
    if (start.startsWith("<?xml"))
        start = start.mid(start.indexOf("?>") + 2).trimmed();
    while (start.startsWith("<!--") && start.indexOf("-->") > 0)
        start = start.mid(start.indexOf("-->") + 3).trimmed();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ? 90 : 0;
}

SourceDraft HtmlImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const QString name = QFileInfo(fileName).fileName();
    QStringList warnings;
    const QByteArray utf8 = decodeHtml(bytes, name, warnings).toUtf8();
    const int flags = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_IGNORE_ENC;  // already UTF-8: a <meta charset> must not re-decode it
    const std::unique_ptr<htmlParserCtxt, CtxtFree> ctxt(htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size())));
    if (!ctxt)
        throw Error(QStringLiteral("%1: the HTML cannot be parsed").arg(name));
    xmlSwitchToEncoding(ctxt.get(), xmlFindCharEncodingHandler("UTF-8"));  // what htmlReadMemory(…, "UTF-8", …) does
    htmlCtxtUseOptions(ctxt.get(), flags);
    // libxml2 stops at 256 levels and keeps what it read so far (a silent cut); HUGE lifts that limit (the HTML
    // parser and the walk below keep their own stacks). Older libxml2 ignores it in the HTML options, so set it here.
    ctxt->options |= XML_PARSE_HUGE;
    htmlParseDocument(ctxt.get());
    std::unique_ptr<xmlDoc, DocFree> doc(std::exchange(ctxt->myDoc, nullptr));
    if (ctxt->lastError.code == XML_ERR_INTERNAL_ERROR || ctxt->lastError.code == XML_ERR_NO_MEMORY)
        throw Error(QStringLiteral("%1: the HTML parser stopped before the end (%2); nothing was imported")
                        .arg(name, QString::fromUtf8(ctxt->lastError.message ? ctxt->lastError.message : "").trimmed()));
    if (!doc)
        throw Error(QStringLiteral("%1: the HTML cannot be parsed").arg(name));
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root)
        throw Error(QStringLiteral("%1: the HTML has no content").arg(name));

    RichTextDraft rich;
    HtmlWalker(rich).walk(root);
    rich.endParagraph();
    doc.reset();  // the tree is several times the text: gone before the text is laid out
    SourceDraft draft = rich.finish(options);
    draft.format = format();
    draft.warnings = warnings + draft.warnings;
    return draft;
}

}  // namespace thema
