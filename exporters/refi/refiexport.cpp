#include "refiexport.h"

#include "codebookxml.h"
#include "model/error.h"
#include "projectxml.h"
#include "refixml.h"
#include "zipwriter.h"

#include <QSaveFile>

namespace thema::refi {

QByteArray codebookXml(const ProjectStore& store)
{
    const CodebookXml codebook(store, Schema::Codebook);
    if (codebook.isEmpty())
        throw Error(QStringLiteral("%1: the project has no codes and no themes; a codebook needs at least one").arg(store.path()));
    pugi::xml_document doc;
    pugi::xml_node root = doc.append_child("CodeBook");
    attr(root, "xmlns", QStringLiteral("urn:QDA-XML:codebook:1.0"));
    attr(root, "origin", origin());
    codebook.writeCodes(root);
    codebook.writeSets(root);
    return serialize(doc);
}

void writeCodebook(const ProjectStore& store, const QString& path)
{
    const QByteArray xml = codebookXml(store);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit())
        throw Error(QStringLiteral("%1: cannot write the file (%2)").arg(path, file.errorString()));
}

ProjectExportSummary writeProject(const ProjectStore& store, const QString& path)
{
    QList<std::pair<QString, QByteArray>> textFiles;
    ProjectXml project(store);
    const QByteArray xml = project.write(textFiles);
    ZipWriter zip(path);
    zip.add(QStringLiteral("project.qde"), xml);
    for (const auto& [name, bytes] : textFiles)
        zip.add(name, bytes);
    zip.commit();
    ProjectExportSummary summary;
    summary.sources = int(textFiles.size());
    summary.selections = int(xml.count("<PlainTextSelection "));
    summary.codings = int(xml.count("<Coding "));
    summary.notes = int(xml.count("<Note "));
    return summary;
}

}  // namespace thema::refi
