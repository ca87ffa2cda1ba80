#pragma once

#include "datatable.h"
#include "importer.h"

namespace thema {

/**
 * What a table becomes, for the CSV, TSV, XLSX and ODS importers:
 *  - a transcript, when it has a text column ("Text", "Transcript", "Utterance", …) and a speaker ("Speaker",
 *    "Name", …) or time column ("Start", "Time", "Timestamp", …; an "End" column is read too): one turn per row;
 *  - otherwise a table of survey answers, one row per respondent: columns whose header ends with '?' or whose
 *    answers run to several words are questions, an "ID"/"Respondent"/"Participant"/"Name" column names the
 *    respondent ("Respondent 7" for numbers or none), every other column is an attribute of that participant.
 *    ImportOptions::surveyLayout picks one source per question (turns: one answer per respondent) or one
 *    source per respondent (each question as a turn without speaker, then the answer as the respondent's turn).
 * Sources are named "<file base name> – <question or respondent>"; a warning says which columns were read how.
 * Throws thema::Error naming @p fileName when the table has no rows or no column of answers.
 */
QList<SourceDraft> tableDrafts(const DataTable& table, const QString& fileName, const ImportOptions& options);

}  // namespace thema
