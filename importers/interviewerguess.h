#pragma once

#include "model/sourcedraft.h"

#include <QSet>

namespace thema {

/** Which speakers of one transcript the import takes as interviewers, and why (for the import report). */
struct InterviewerGuess {
    QStringList interviewers;  ///< speaker labels, in order of appearance; empty when none was taken
    QString reason;            ///< e.g. "labelled \"Interviewer\"", "asks most questions (21 of 23)"; empty with one speaker
};

/**
 * Guesses the interviewers among a draft's speakers, in this order:
 * 1. labels such as "Interviewer", "Int", "Q", "Moderator" (ImportService::looksLikeInterviewer);
 * 2. speakers the project already marks as interviewers (@p knownInterviewers, by name);
 * 3. with exactly two speakers (a one-to-one interview): the one who asks clearly more questions (at least two
 *    question turns and at least twice the other's), else the one who speaks first and says less.
 * Three or more unlabelled speakers (a group) get no guess: the user marks the interviewer by hand. Never
 * guesses with fewer than two speakers.
 */
InterviewerGuess guessInterviewers(const SourceDraft& draft, const QSet<QString>& knownInterviewers = {});

}  // namespace thema
