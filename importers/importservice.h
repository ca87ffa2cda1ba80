#pragma once

#include "model/sourcedraft.h"

#include <QMap>

namespace thema {

class ProjectStore;

/** Who a source's speakers are, as the user says on import. */
struct ParticipantOptions {
    QString participant;               ///< --participant: the interviewee this source belongs to
    QMap<QString, QString> attributes; ///< --attr key=value, set on that participant
};

/** What one import did, for the report. */
struct ImportResult {
    Id source = 0;
    QString name;
    qint64 characters = 0;
    qint64 turns = 0;
    QStringList speakers;
    QStringList warnings;
    QStringList interviewers;   ///< the speakers taken as interviewers (see guessInterviewers)
    QString interviewerReason;  ///< why, e.g. "asks most questions (14 of 15 question turns)"
    QString participant;        ///< who the source belongs to (its interviewee); empty when nobody
    QString media;              ///< the recording linked on import (found beside the file), as stored; empty when none
    QString subtitles;          ///< the subtitle file beside an untimed transcript its turns were aligned to; or empty
    int timedTurns = 0;         ///< how many turns got times from those subtitles
};

/**
 * Writes an importer's SourceDraft into the project as one transaction: the source, its turns, participants for
 * its speakers (existing participants of the same name are reused; the speakers guessInterviewers takes as
 * interviewers are marked so) and its memos. The source belongs to its only interviewee, never to an interviewer.
 * With --participant, the source belongs to that participant, who also takes the
 * turns of the only non-interviewer speaker (or all turns when the file names no speaker).
 */
class ImportService {
public:
    explicit ImportService(ProjectStore& store) : m_store(store) {}

    ImportResult write(const SourceDraft& draft, const ParticipantOptions& participant = {});

    /** True for labels such as "Interviewer", "Int", "I", "Q", "Moderator", "Facilitator", "Researcher2". */
    static bool looksLikeInterviewer(const QString& speaker);

private:
    Id participantFor(const QString& name, bool interviewer);

    ProjectStore& m_store;
};

}  // namespace thema
