#include "refiexport.h"

#include "codebookxml.h"
#include "model/error.h"
#include "outputfile.h"
#include "projectxml.h"
#include "refixml.h"
#include "zipwriter.h"


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
    OutputFile::write(path, xml);
}

ProjectExportSummary writeProject(const ProjectStore& store, const QString& path, PositionUnit unit)
{
    QList<std::pair<QString, QByteArray>> textFiles;
    ProjectXml project(store, unit);
    const QByteArray xml = project.write(textFiles);
    ZipWriter zip(path);
    zip.add(QStringLiteral("project.qde"), xml);
    for (const auto& [name, bytes] : textFiles)
        zip.add(name, bytes);
    zip.commit();
    ProjectExportSummary summary;
    summary.sources = int(xml.count("<TextSource "));
    summary.selections = int(xml.count("<PlainTextSelection "));
    summary.codings = int(xml.count("<Coding "));
    summary.notes = int(xml.count("<Note "));
    return summary;
}

}  // namespace thema::refi
