#pragma once

#include "analysis/analysisoptions.h"

namespace thema {

class AnalysisData;

/** One coded extract with where it comes from. */
struct ExtractRow {
    QString heading;       ///< the code's path, or the theme's path when listing by theme
    Coding coding;
    QString source;        ///< the source's name
    QString participant;   ///< the name of who said it (AnalysisData::speaker); empty when nobody
    QString attributes;    ///< that participant's attributes, "role: clinician; site: North", by key
    int turn = 0;          ///< 1-based speaker turn where the extract starts; 0 when the source has no turns there
    QString coder;
    QString memo;          ///< the coding's memo, then the text of memos attached to the coding, one per paragraph
    QString text;          ///< the coded span only, normalised (see normalisedExtract)
};

/**
 * Coded extracts listed under each code (codebook order) or, when AnalysisOptions::themes is set or
 * AnalysisOptions::rows is Themes, under each theme (a theme lists the codings of its own linked codes).
 * AnalysisOptions::codes keeps those codes and their subcodes; coders filter as everywhere. Within a heading:
 * by source name, then position.
 */
QList<ExtractRow> buildExtracts(const AnalysisData& data);

}  // namespace thema
