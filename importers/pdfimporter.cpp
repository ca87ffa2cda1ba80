#include "pdfimporter.h"

#include "model/error.h"
#include "pdflayout.h"
#include "richtextdraft.h"

#include <QFileInfo>

#include <poppler-qt6.h>

namespace thema {

int PdfImporter::sniff(const QByteArray& head, const QString&) const
{
    return head.left(1024).contains("%PDF-") ? 100 : 0;
}

SourceDraft PdfImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const QString name = QFileInfo(fileName).fileName();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc)
        throw Error(QStringLiteral("%1: not a readable PDF (damaged or not a PDF at all)").arg(name));
    if (doc->isLocked())
        throw Error(QStringLiteral("%1: the PDF is password-protected; open it with its password, save or print it "
                                   "as an unprotected PDF (or export the text), and import that")
                        .arg(name));
    QList<PdfPage> pages;
    qsizetype words = 0;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page)
            throw Error(QStringLiteral("%1: page %2 of the PDF cannot be read").arg(name).arg(i + 1));
        PdfPage p;
        p.size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::TextBox>& box : page->textList())
            p.words.append(PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter()});
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
