#pragma once

#include <QByteArray>
#include <QString>

#include "exchange/refiformat.h"

namespace thema {

class ProjectStore;

/**
 * REFI-QDA exchange files from a project: a codebook (.qdc, Codebook.xsd) and a whole project (.qdpx, a zip
 * holding project.qde (Project.xsd) and sources/<guid>.txt). Both validate against the QDA-XML 1.0 schemas;
 * positions are in the unit asked for (see writeProject()); GUIDs are the project's own, or derived from them where Thema has no entity
 * (see exchange/refiformat.h), so exporting twice gives the same file apart from dates.
 * Files are written whole or not at all; failures throw thema::Error naming the file.
 */
namespace refi {

QByteArray codebookXml(const ProjectStore& store);
void writeCodebook(const ProjectStore& store, const QString& path);

/** What writeProject() wrote, for the CLI's summary. */
struct ProjectExportSummary {
    int sources = 0;
    int selections = 0;
    int codings = 0;
    int notes = 0;
};

/**
 * Positions are UTF-16 code units by default: NVivo for Windows and for Mac and QualCoder count them, and the
 * real exports in ../shared/refi agree (see ../shared/refi/SOURCES.md); CodePoints follows the specification.
 * The unit is recorded in the Project's origin attribute, from which Thema's importer takes it.
 */
ProjectExportSummary writeProject(const ProjectStore& store, const QString& path, PositionUnit unit = PositionUnit::Utf16);

}  // namespace refi
}  // namespace thema
