#pragma once

#include <QString>
#include <QStringList>

namespace thema {

/**
 * What an import or a merge did, in sentences a researcher can check: what was brought in, what was matched
 * to what the project already had, what was left out and why, and what was refused. Nothing is dropped
 * silently: every element of a file that is not in the project afterwards has a line under notImported.
 */
struct ExchangeReport {
    QString title;            ///< e.g. "Import of study.qdpx (NVivo for Windows 12.6)"
    QStringList imported;     ///< counts of what was added
    QStringList matched;      ///< what was found already present (merge)
    QStringList notImported;  ///< what was left out, with the reason
    QStringList refused;      ///< what was refused (merge: codings on a source whose text differs)
    QStringList notes;        ///< decisions worth knowing (position units, renamed codes)

    /** The report as plain text, one section per non-empty list. */
    QString toText() const;
    void append(const ExchangeReport& other);
};

}  // namespace thema

namespace thema {

class ProjectStore;

/** Keeps @p report as a project memo titled after it, so what an import left out stays on record. */
void keepReportAsMemo(ProjectStore& store, const ExchangeReport& report);

}  // namespace thema
