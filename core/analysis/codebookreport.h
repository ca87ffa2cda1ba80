#pragma once

#include "analysis/analysisoptions.h"

namespace thema {

class AnalysisData;

/** One code of the codebook document. Counts include the code's subcodes (a category counts what is under it). */
struct CodebookRow {
    Code code;
    int level = 0;            ///< 0 for a top-level code
    int codings = 0;          ///< of the chosen coders
    int sources = 0;          ///< sources holding one of those codings
    int participants = 0;     ///< distinct participants holding one (see AnalysisData)
    QStringList themes;       ///< paths of the themes the code is linked to
};

/** The codebook in codebook order (depth-first); AnalysisOptions::codes keeps those codes with their subcodes. */
QList<CodebookRow> buildCodebook(const AnalysisData& data);

}  // namespace thema
