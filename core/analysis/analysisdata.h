#pragma once

#include "analysis/analysisoptions.h"
#include "model/entities.h"
#include "text/offsets.h"

#include <QHash>
#include <QSet>

namespace thema {

class ProjectStore;

/**
 * One read of a project for the paper-ready tables: codes, themes, participants, turns and the codings of the
 * chosen coders (AnalysisOptions::coders; all when empty), with the lookups the tables share. Pure reads;
 * source texts are read on first use and kept. Positions are code points.
 *
 * Who "holds" a coding: every non-interviewer participant whose speaker turn overlaps it; where it overlaps no
 * turn (a document without speaker labels), the participant who owns the source (Source::participant), unless an
 * interviewer. A passage only in interviewers' turns is held by nobody. A quote is attributed to one of them: the
 * speaker of the turn where it starts, else the source's owner.
 */
class AnalysisData {
public:
    AnalysisData(const ProjectStore& store, const AnalysisOptions& options);

    const ProjectStore& store() const { return m_store; }
    const AnalysisOptions& options() const { return m_options; }
    /** The attribute that makes the groups (see groupAttributeFor). */
    const QString& groupAttribute() const { return m_groupAttribute; }

    const QList<Code>& codes() const { return m_codes; }       ///< depth-first, with paths
    const QList<Theme>& themes() const { return m_themes; }    ///< depth-first, with paths and codes
    const QList<Coding>& codings() const { return m_codings; } ///< of the chosen coders, by source then start
    const Code* code(Id id) const;
    const Theme* theme(Id id) const;
    const Source* source(Id id) const;
    const Participant* participant(Id id) const;
    QString coderName(Id id) const { return m_coderNames.value(id); }

    /** @p code and every code below it. */
    QSet<Id> codeSubtree(Id code) const;
    /** @p theme and every theme below it. */
    QList<Id> themeSubtree(Id theme) const;
    /** The codes linked to @p theme, and with @p withSubthemes those linked to the themes below it too. */
    QSet<Id> themeCodes(Id theme, bool withSubthemes) const;
    /** Codings (of the chosen coders) whose code is in @p codes. */
    QList<Coding> codingsOf(const QSet<Id>& codes) const;

    /** Participants holding @p coding (see the class comment), without duplicates. */
    QList<Id> holders(const Coding& coding) const;
    /** The participant a quote from @p coding is attributed to; 0 when nobody. */
    Id speaker(const Coding& coding) const;
    /**
     * Who says the words of @p coding, for extract lists: speaker() for a participant's words, else the interviewer
     * whose turn it lies in (an interviewer's question is listed as the interviewer's, never as the interviewee's).
     */
    Id voice(const Coding& coding) const;
    /** True when every turn @p coding touches is an interviewer's: the interviewer's words, never quoted as data. */
    bool interviewerOnly(const Coding& coding) const;
    /** 1-based number of the turn holding @p pos in @p source; 0 when the source has no turn there. */
    int turnNumber(Id source, qint64 pos) const;

    /** Non-interviewer participants who own a source or speak in one, by name. The denominators of the groups. */
    const QList<Id>& appearing() const { return m_appearing; }
    /** The group attribute's value for @p participant; empty when unset. */
    QString groupOf(Id participant) const;
    /** The groups among appearing(), sorted; an empty value (attribute unset) comes last when present. */
    QStringList groups() const;
    /**
     * How @p participant is named after a quote, from AnalysisOptions::label. When {n} would give two appearing
     * participants the same number ("H01" and "A01" are both 1), {n} stands for the whole name instead.
     */
    QString label(Id participant) const;

    /** The coded text of @p coding, normalised and cut by AnalysisOptions::maxQuoteChars (see normalisedExtract). */
    QString extract(const Coding& coding, int maxChars) const;
    /** The raw text of [span) of a source. */
    QString rawText(Id source, const Span& span) const;

private:
    const ProjectStore& m_store;
    AnalysisOptions m_options;
    QString m_groupAttribute;
    QList<Code> m_codes;
    QList<Theme> m_themes;
    QList<Coding> m_codings;
    QHash<Id, qsizetype> m_codeIndex, m_themeIndex;
    QHash<Id, Source> m_sources;
    QHash<Id, Participant> m_participants;
    QHash<Id, QString> m_coderNames;
    QHash<Id, QList<Turn>> m_turns;  ///< by source, in text order
    QList<Id> m_appearing;
    bool m_numbersUnique = true;  ///< whether {n} tells the appearing participants apart
    struct Text {
        QString text;
        TextOffsets offsets;
    };
    mutable QHash<Id, Text> m_texts;
};

}  // namespace thema
