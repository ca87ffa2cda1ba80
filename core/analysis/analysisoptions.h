#pragma once

#include "model/entities.h"

#include <QList>
#include <QString>

namespace thema {

class ProjectStore;

/** What a matrix cell counts. */
enum class MatrixCount { Participants, Extracts, Words };
/** What a matrix's rows are. */
enum class MatrixRows { Codes, Themes };

/**
 * Options shared by the paper-ready tables (core/analysis). Empty lists mean "all". Themes and codes given as
 * filters keep their subthemes / subcodes (a filter on a theme keeps the theme and everything below it).
 */
struct AnalysisOptions {
    /** The participant attribute whose values make the groups; empty = the project's "group_attribute" setting, else "role". */
    QString groupAttribute;
    /**
     * How a quote is attributed. Placeholders: {name} (the participant's name, "P01"), {n} (the number in the
     * name without leading zeros, "1"; the name when it holds no digits), {group} (the group attribute's
     * value) and any attribute key ({role}, {site}, …). A missing value becomes empty and takes its separator
     * with it: "(Participant 11, )" is written "(Participant 11)".
     */
    QString label = QStringLiteral("(Participant {n}, {group})");
    int quotes = 2;          ///< exemplar quotes per theme row
    int maxQuoteChars = 0;   ///< 0 = whole coded span; otherwise cut at a word boundary with "…" (code points)
    QList<Id> themes;
    QList<Id> codes;
    QList<Id> coders;
    MatrixCount count = MatrixCount::Participants;
    MatrixRows rows = MatrixRows::Codes;
    /** Reliability report: the agreement unit (character, word, sentence, turn, segment, continuum) and segment overlap. */
    QString agreementUnit = QStringLiteral("character");
    double overlap = 0.9;
};

/** @p requested, else the project's "group_attribute" setting, else "role". */
QString groupAttributeFor(const ProjectStore& store, const QString& requested);

}  // namespace thema
