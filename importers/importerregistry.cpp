#include "importerregistry.h"

#include "core/media/mediafiles.h"

#include "csvimporter.h"
#include "docimporter.h"
#include "docximporter.h"
#include "htmlimporter.h"
#include "model/error.h"
#include "odsimporter.h"
#include "odtimporter.h"
#include "pdfimporter.h"
#include "plaintextimporter.h"
#include "rtfimporter.h"
#include "subripimporter.h"
#include "tsvimporter.h"
#include "webvttimporter.h"
#include "xlsximporter.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace thema {
namespace {

// Files that are recognisably something no importer reads, with what the user should do instead.
QString unsupportedReason(const QByteArray& head, const QString& fileName)
{
    const QString ext = QFileInfo(fileName).suffix().toLower();
    if (DocImporter::isOle(head) && ext != QLatin1String("doc")) {  // .doc: DocImporter converts or explains
        return QStringLiteral("a password-protected Office file or a legacy binary Office document; remove the password "
                              "or save it as .docx, then import that");
    }
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8") ||
        (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") || head.startsWith("II*\0") || head.startsWith("MM\0*"))
        return QStringLiteral("an image; Thema imports text transcripts, so run OCR or export the text first");
    if (head.startsWith("ID3") || head.startsWith("fLaC") || head.startsWith("OggS") || head.mid(4, 4) == "ftyp" ||
        (head.startsWith("RIFF") && head.mid(8, 4) == "WAVE"))
        return QStringLiteral("an audio or video file; import its transcript (WebVTT, SubRip, Word or text) instead");
    return {};
}

}  // namespace

ImporterRegistry::ImporterRegistry()
{
    // Every importer is registered here, once.
    m_importers.push_back(std::make_unique<PlainTextImporter>());
    m_importers.push_back(std::make_unique<XlsxImporter>());  // before DOCX, which claims any OOXML package
    m_importers.push_back(std::make_unique<DocxImporter>());
    m_importers.push_back(std::make_unique<OdtImporter>());
    m_importers.push_back(std::make_unique<WebVttImporter>());
    m_importers.push_back(std::make_unique<SubRipImporter>());
    m_importers.push_back(std::make_unique<RtfImporter>());
    m_importers.push_back(std::make_unique<PdfImporter>());
    m_importers.push_back(std::make_unique<HtmlImporter>());
    m_importers.push_back(std::make_unique<CsvImporter>());
    m_importers.push_back(std::make_unique<TsvImporter>());
    m_importers.push_back(std::make_unique<OdsImporter>());
    m_importers.push_back(std::make_unique<DocImporter>());
}

const ImporterRegistry& ImporterRegistry::instance()
{
    static const ImporterRegistry registry;
    return registry;
}

const Importer& ImporterRegistry::importerFor(const QByteArray& bytes, const QString& fileName) const
{
    const QByteArray head = bytes.left(4096);
    if (const QString reason = unsupportedReason(head, fileName); !reason.isEmpty())
        throw Error(QStringLiteral("%1: cannot import %2").arg(fileName, reason));
    const Importer* best = nullptr;
    int bestScore = 0;
    for (const auto& importer : m_importers) {
        const int score = importer->sniff(head, fileName);
        if (score > bestScore) {
            best = importer.get();
            bestScore = score;
        }
    }
    if (best)
        return *best;
    const QString ext = QFileInfo(fileName).suffix().toLower();
    for (const auto& importer : m_importers)
        if (importer->extensions().contains(ext))
            return *importer;
    // Unknown extension: plain text is the fallback; its decoder refuses binary content with a clear message.
    return *m_importers.front();
}

const Importer* ImporterRegistry::byFormat(const QString& format) const
{
    for (const auto& importer : m_importers)
        if (importer->format() == format)
            return importer.get();
    return nullptr;
}

QStringList ImporterRegistry::formats() const
{
    QStringList result;
    for (const auto& importer : m_importers)
        result.append(importer->format());
    return result;
}

SourceDraft ImporterRegistry::readFile(const QString& path, const ImportOptions& options) const
{
    const QList<SourceDraft> drafts = readSources(path, options);
    if (drafts.size() != 1)
        throw Error(QStringLiteral("%1: the file holds %2 sources (survey answers); import it with thema-cli import")
                        .arg(path)
                        .arg(drafts.size()));
    return drafts.first();
}

QList<SourceDraft> ImporterRegistry::readSources(const QString& path, const ImportOptions& options) const
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        throw Error(QStringLiteral("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read the file: %2").arg(path, file.errorString()));
    constexpr qint64 kMaxBytes = qint64(1) << 30;
    if (file.size() > kMaxBytes)
        throw Error(QStringLiteral("%1: the file is larger than 1 GiB; split it before importing").arg(path));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        throw Error(QStringLiteral("%1: the file is empty").arg(path));
    const Importer& importer = importerFor(bytes, path);
    QList<SourceDraft> drafts = importer.readSources(bytes, path, options);
    for (SourceDraft& draft : drafts) {
        if (draft.format.isEmpty())
            draft.format = importer.format();
        if (draft.name.isEmpty())
            draft.name = options.name.isEmpty() ? QFileInfo(path).completeBaseName() : options.name;
        if (draft.originalFile.isEmpty())
            draft.originalFile = QFileInfo(path).fileName();
        if (draft.language.isEmpty())
            draft.language = options.language;
        if (draft.text.trimmed().isEmpty())
            throw Error(QStringLiteral("%1: the file contains no text to import").arg(path));
    }
    if (drafts.size() == 1 && drafts.first().mediaFile.isEmpty())
        drafts.first().mediaFile = mediafiles::findBeside(path);
    if (drafts.size() == 1 && std::none_of(drafts.first().turns.begin(), drafts.first().turns.end(),
                                           [](const DraftTurn& t) { return t.beginMs.has_value(); }))
        drafts.first().subtitleFile = mediafiles::findSubtitlesBeside(path);
    return drafts;
}

}  // namespace thema
