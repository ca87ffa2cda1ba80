#include "importservice.h"

#include "interviewerguess.h"
#include "core/media/mediafiles.h"
#include "core/media/sourcealign.h"
#include "subtitlecues.h"

#include <QFileInfo>
#include "model/error.h"
#include "store/projectstore.h"

#include <QRegularExpression>
#include <QSet>

namespace thema {

bool ImportService::looksLikeInterviewer(const QString& speaker)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(interviewer|int|i|q|moderator|facilitator|researcher|host)\s*\d*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(speaker.trimmed()).hasMatch();
}

Id ImportService::participantFor(const QString& name, bool interviewer)
{
    if (const auto existing = m_store.participantByName(name))
        return existing->id;
    Participant p;
    p.name = name;
    p.interviewer = interviewer;
    return m_store.addParticipant(p);
}

ImportResult ImportService::write(const SourceDraft& draft, const ParticipantOptions& options)
{
    ImportResult result;
    m_store.transaction([&] {
        QStringList speakers;
        for (const DraftTurn& t : draft.turns)
            if (!t.speaker.isEmpty() && !speakers.contains(t.speaker))
                speakers.append(t.speaker);
        QSet<QString> known;
        for (const QString& s : speakers)
            if (const auto p = m_store.participantByName(s); p && p->interviewer)
                known.insert(s);
        InterviewerGuess guess = guessInterviewers(draft, known);
        // A guess from the speech alone never turns a participant who is interviewed elsewhere into an interviewer.
        if (guess.interviewers.size() == 1 && !known.contains(guess.interviewers.first())
            && !looksLikeInterviewer(guess.interviewers.first()) && m_store.participantByName(guess.interviewers.first())) {
            guess.reason = QStringLiteral("none: %1 would be (%2), but is a participant of other sources")
                               .arg(guess.interviewers.first(), guess.reason);
            guess.interviewers.clear();
        }
        auto isInterviewer = [&](const QString& s) {
            if (const auto p = m_store.participantByName(s))
                return p->interviewer;
            return guess.interviewers.contains(s);
        };
        QStringList interviewees;
        for (const QString& s : speakers)
            if (!isInterviewer(s))
                interviewees.append(s);

        Source source;
        source.name = draft.name;
        source.format = draft.format;
        source.language = draft.language;
        source.originalFile = draft.originalFile;
        Id owner = 0;
        if (!options.participant.isEmpty()) {
            owner = participantFor(options.participant, false);
            for (auto it = options.attributes.cbegin(); it != options.attributes.cend(); ++it)
                m_store.setAttribute(owner, it.key(), it.value());
        } else if (!options.attributes.isEmpty()) {
            if (interviewees.size() != 1)
                throw Error(QStringLiteral("%1: --attr needs --participant, because the file has %2 non-interviewer speakers")
                                .arg(draft.originalFile).arg(interviewees.size()));
        }
        source.participant = owner;
        m_store.addSource(source, draft.text);

        QHash<QString, Id> bySpeaker;
        for (const QString& s : speakers) {
            const bool interviewer = isInterviewer(s);
            // The named participant takes the turns of the file's only interviewee.
            const Id id = (owner && !interviewer && interviewees.size() == 1) ? owner : participantFor(s, interviewer);
            bySpeaker.insert(s, id);
            if (!owner && !interviewer && interviewees.size() == 1) {
                for (auto it = options.attributes.cbegin(); it != options.attributes.cend(); ++it)
                    m_store.setAttribute(id, it.key(), it.value());
                m_store.setSourceParticipant(source.id, id);
            }
        }
        QList<Turn> turns;
        turns.reserve(draft.turns.size());
        for (const DraftTurn& t : draft.turns) {
            Turn turn;
            turn.span = t.span;
            turn.speaker = t.speaker;
            turn.participant = t.speaker.isEmpty() ? owner : bySpeaker.value(t.speaker);
            turn.beginMs = t.beginMs;
            turn.endMs = t.endMs;
            turns.append(turn);
        }
        m_store.addTurns(source.id, turns);
        for (const DraftMemo& dm : draft.memos) {
            Memo memo;
            memo.target = MemoTarget::Source;
            memo.targetId = source.id;
            memo.anchor = dm.anchor;
            memo.author = dm.author;
            memo.text = dm.text;
            memo.title = dm.anchor ? QStringLiteral("Comment") : QStringLiteral("Note");
            memo.createdAt = dm.createdAt;
            m_store.addMemo(memo);
        }
        if (!draft.mediaFile.isEmpty())
            result.media = mediafiles::link(m_store, source.id, draft.mediaFile).path;
        if (!draft.subtitleFile.isEmpty() && !turns.isEmpty()) {
            // An untimed transcript takes its turns' times from the subtitles of the same interview beside it.
            try {
                result.timedTurns = alignSource(m_store, source.id, readSubtitleCues(draft.subtitleFile)).timed;
                result.subtitles = QFileInfo(draft.subtitleFile).fileName();
            } catch (const Error& e) {
                result.warnings.append(QStringLiteral("no times from the subtitles beside it: %1").arg(e.message()));
            }
        }
        result.source = source.id;
        result.name = source.name;
        result.characters = source.characters;
        result.turns = turns.size();
        result.speakers = speakers;
        result.warnings = draft.warnings + result.warnings;
        result.interviewers = guess.interviewers;
        result.interviewerReason = guess.reason;
        if (const auto owner = m_store.source(source.id); owner && owner->participant)
            if (const auto p = m_store.participant(owner->participant))
                result.participant = p->name;
    });
    return result;
}

}  // namespace thema
