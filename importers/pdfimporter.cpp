#include "pdfimporter.h"

#include "model/error.h"
#include "pdflayout.h"
#include "richtextdraft.h"

#include <QFileInfo>

#include <poppler-document.h>
#include <poppler-page.h>

#include <limits>
#include <memory>

namespace thema {
namespace {

QString fromUstring(const poppler::ustring& s)
{
    return QString::fromUtf16(reinterpret_cast<const char16_t*>(s.data()), qsizetype(s.size()));
}

QRectF fromRect(const poppler::rectf& r)
{
    return QRectF(r.x(), r.y(), r.width(), r.height());
}

// poppler writes its complaints about damaged files to stderr; the import's own message says what matters.
void quiet(const std::string&, void*) {}

}  // namespace

int PdfImporter::sniff(const QByteArray& head, const QString&) const
{
    return head.left(1024).contains("%PDF-") ? 100 : 0;
}

SourceDraft PdfImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (bytes.size() > std::numeric_limits<int>::max())
        throw Error(QStringLiteral("%1: the PDF is larger than 2 GiB; export its text and import that").arg(name));
    poppler::set_debug_error_function(quiet, nullptr);
    // poppler-cpp, not poppler-qt6: thema-cli must not link Qt GUI. The document reads @p bytes in place.
    const std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.constData(), int(bytes.size())));
    if (!doc)
        throw Error(QStringLiteral("%1: not a readable PDF (damaged or not a PDF at all)").arg(name));
    if (doc->is_locked())
        throw Error(QStringLiteral("%1: the PDF is password-protected; open it with its password, save or print it "
                                   "as an unprotected PDF (or export the text), and import that")
                        .arg(name));
    QList<PdfPage> pages;
    qsizetype words = 0;
    for (int i = 0; i < doc->pages(); ++i) {
        const std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page)
            throw Error(QStringLiteral("%1: page %2 of the PDF cannot be read").arg(name).arg(i + 1));
        PdfPage p;
        p.size = fromRect(page->page_rect()).size();
        for (const poppler::text_box& box : page->text_list())
            p.words.append(PdfWord{fromUstring(box.text()), fromRect(box.bbox()), box.has_space_after()});
        words += p.words.size();
        pages.append(p);
    }
    if (words == 0)
        throw Error(QStringLiteral("%1: the PDF has no text layer (a scanned document?); run OCR on it or export "
                                   "the transcript as text or Word, then import that")
                        .arg(name));

    int dropped = 0;
    RichTextDraft rich;
    for (const QString& paragraph : pdfParagraphs(pages, &dropped)) {
        rich.addText(paragraph);
        rich.endParagraph();
    }
    SourceDraft draft = rich.finish(options);
    draft.format = format();
    if (dropped > 0)
        draft.warnings.append(QStringLiteral("%1: %2 page header/footer lines and margin numbers were left out")
                                  .arg(name)
                                  .arg(dropped));
    return draft;
}

}  // namespace thema
