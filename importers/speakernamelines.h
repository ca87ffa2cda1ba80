#pragma once

#include <QList>
#include <QStringList>

namespace thema {

/**
 * Transcripts that put each speaker's name alone on a line above their paragraph:
 *
 *     ANNA
 *     I waited six months.
 *
 *     Interviewer
 *     And then?
 *
 * Returns the indices of such name lines in @p lines, or nothing when the file does not read as such a transcript:
 * a name line starts a paragraph, has text right below it (or below one blank line, as Word paragraphs arrive), is one to three capitalised words (optionally with a
 * "(…)" part) without sentence punctuation, and its name recurs; at least two names recur, and name lines start
 * at least 30% of the paragraphs. So headings and one-off short lines never become speakers.
 */
QList<qsizetype> speakerNameLines(const QStringList& lines);

}  // namespace thema
