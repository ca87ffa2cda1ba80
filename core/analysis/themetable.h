#pragma once

#include "analysis/analysisoptions.h"

namespace thema {

class AnalysisData;

/** A quote under a theme: the coded text only (normalised, see normalisedExtract) and who said it. */
struct ThemeQuote {
    Id coding = 0;
    Id participant = 0;      ///< 0 when the text belongs to nobody (no turn, no owner)
    QString text;
    QString attribution;     ///< from AnalysisOptions::label, e.g. "(Participant 11, clinician)"
    bool exemplar = false;   ///< starred by the analyst (ProjectStore::exemplars)
};

/** One theme or subtheme of the table. */
struct ThemeTableRow {
    Theme theme;
    int level = 0;                 ///< 0 for a theme, 1 for a subtheme, …
    QString parentName;            ///< the theme above a subtheme; empty at level 0
    QList<int> participants;       ///< per ThemeTable::groups, participants holding the theme
    int total = 0;                 ///< participants holding the theme, all groups
    int extracts = 0;              ///< codings counted for the row
    QList<ThemeQuote> quotes;
};

/**
 * The theme table of a paper: theme / subtheme / definition / participants per group ("8 of 11") / quotes.
 *
 * Rules (see also AnalysisData for who holds a coding):
 * - A theme's extracts are the codings of its linked codes. A theme's row also counts its subthemes' codes, so a
 *   participant "has" a theme when they have it or any of its subthemes ("8 of 11" never shrinks going up).
 * - Per group: distinct participants holding an extract / participants of that group who appear in any source
 *   (coded or not), interviewers excluded.
 * - Quotes: the theme's starred exemplars first, then the theme's own codings (then its subthemes', when its
 *   own run out), best first: 40–400 code points before shorter or longer ones, longer before shorter, one per
 *   participant before a second from anyone, the participant quoted least so far in the table first, a passage
 *   no earlier row quotes before one it does, never two overlapping passages in one row; up to
 *   AnalysisOptions::quotes.
 * - AnalysisOptions::themes filters rows (a theme keeps its subthemes); codes filter nothing here.
 */
struct ThemeTable {
    QString groupAttribute;
    QStringList groups;        ///< the group attribute's values; an empty string for "not set"
    QList<int> groupSizes;     ///< the denominators, per group
    QList<ThemeTableRow> rows; ///< depth-first, as the themes tree
};

ThemeTable buildThemeTable(const AnalysisData& data);

/**
 * One sentence per starred exemplar the table leaves out because every turn it touches is an interviewer's (an
 * interviewer's words are context, not data), e.g. 'Theme "Hope": the starred exemplar "So what helped?" is in an
 * interviewer's turn and is left out of the quotes.' Empty when none; the GUI's export dialog and thema-cli export
 * themes both show these.
 */
QStringList unquotableExemplarNotes(const AnalysisData& data);

}  // namespace thema
