#include "interviewerguess.h"

#include "importservice.h"
#include "text/offsets.h"

namespace thema {
namespace {

struct SpeakerStats {
    int questions = 0;   ///< turns holding a question mark
    qint64 characters = 0;
};

}  // namespace

InterviewerGuess guessInterviewers(const SourceDraft& draft, const QSet<QString>& knownInterviewers)
{
    QStringList speakers;
    QHash<QString, SpeakerStats> stats;
    const TextOffsets offsets(draft.text);
    for (const DraftTurn& t : draft.turns) {
        if (t.speaker.isEmpty())
            continue;
        if (!speakers.contains(t.speaker))
            speakers.append(t.speaker);
        const qint64 from = offsets.toUtf16(t.span.start), to = offsets.toUtf16(t.span.end);
        const QStringView text = QStringView(draft.text).mid(from, to - from);
        SpeakerStats& s = stats[t.speaker];
        s.characters += t.span.length();
        if (text.contains(QLatin1Char('?')))
            ++s.questions;
    }
    InterviewerGuess guess;
    if (speakers.size() < 2)
        return guess;
    for (const QString& s : speakers)
        if (ImportService::looksLikeInterviewer(s))
            guess.interviewers.append(s);
    if (!guess.interviewers.isEmpty()) {
        guess.reason = QStringLiteral("labelled \"%1\"").arg(guess.interviewers.first());
        return guess;
    }
    for (const QString& s : speakers)
        if (knownInterviewers.contains(s))
            guess.interviewers.append(s);
    if (!guess.interviewers.isEmpty()) {
        guess.reason = QStringLiteral("already marked as interviewer in the project");
        return guess;
    }
    if (speakers.size() > 2) {
        guess.reason = QStringLiteral("%1 speakers, none labelled as interviewer: mark the interviewer by hand").arg(speakers.size());
        return guess;
    }
    const SpeakerStats a = stats.value(speakers[0]), b = stats.value(speakers[1]);
    const int total = a.questions + b.questions;
    if (std::max(a.questions, b.questions) >= 2 && std::max(a.questions, b.questions) >= 2 * std::min(a.questions, b.questions)) {
        const bool first = a.questions > b.questions;
        guess.interviewers.append(speakers[first ? 0 : 1]);
        guess.reason = QStringLiteral("asks most questions (%1 of %2 question turns)").arg(std::max(a.questions, b.questions)).arg(total);
    } else if (a.characters < b.characters) {
        guess.interviewers.append(speakers[0]);
        guess.reason = QStringLiteral("speaks first and least (%1 of %2 characters)").arg(a.characters).arg(a.characters + b.characters);
    } else {
        guess.reason = QStringLiteral("two speakers, neither clearly the interviewer: mark the interviewer by hand");
    }
    return guess;
}

}  // namespace thema
