#pragma once

#include "analysis/analysisoptions.h"

namespace thema {

class AnalysisData;

/** One row of a matrix: a code or a theme, with one count per column and the row's total. */
struct MatrixRow {
    Id id = 0;
    QString name;
    QString path;
    int level = 0;
    QList<qint64> cells;   ///< per Matrix::columns
    qint64 total = 0;      ///< over everyone, including codings attributed to nobody
};

/**
 * Codes or themes × the values of the group attribute (AnalysisData::groupAttribute). A row counts the codings
 * of the code and its subcodes, or of the theme's codes and its subthemes' codes (the theme table's rule).
 * - Participants: distinct participants of that value holding such a coding (AnalysisData::holders).
 * - Extracts: codings attributed to a participant of that value (AnalysisData::speaker); every coder's coding
 *   counts, so two coders' codings of one passage count twice.
 * - Words: words (ICU word boundaries, in the project's language) in the union of the row's coded spans, per
 *   source, attributed to the speaker where each merged span starts; overlaps are counted once.
 * Codings attributed to nobody count only in the total.
 */
struct Matrix {
    MatrixCount count = MatrixCount::Participants;
    MatrixRows rowKind = MatrixRows::Codes;
    QString groupAttribute;
    QStringList columns;       ///< the group values; an empty string for "not set"
    QList<int> columnSizes;    ///< participants per value (appearing, not interviewers)
    QList<MatrixRow> rows;
};

Matrix buildMatrix(const AnalysisData& data);

}  // namespace thema
