#pragma once

#include <QString>
#include <QStringList>

namespace thema {

/** What indexing with Xapian alone took, for comparison in benchmarks. */
struct BaselineResult {
    double seconds = 0;
    qint64 bytes = 0;  ///< size of the database directory
};

/**
 * For benchmarks only: indexes @p texts (one document each) into a new Xapian database at @p dir with a plain
 * Xapian::TermGenerator (positions, stemming for @p language, Xapian's default STEM_SOME) and commits, timing
 * just that. It lives here because core/search is the one module that includes Xapian.
 */
BaselineResult indexWithTermGenerator(const QStringList& texts, const QString& dir, const QString& language);

}  // namespace thema
