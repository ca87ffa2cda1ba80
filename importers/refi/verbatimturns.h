#pragma once

#include "model/sourcedraft.h"

namespace thema {

/**
 * Speaker turns for a text that must stay exactly as it is (an exchange file's positions point into it):
 * unlike PlainTextImporter, which lays the text out anew, this only finds spans. A line that starts with a
 * speaker label (SpeakerLabels) starts a turn, and the turn covers the text after the label up to the next
 * label; labels count only when they start a fair share of the paragraphs, as in PlainTextImporter, and only
 * when they have the shape of a name (not "Naïve question from me:") and, in a transcript of 20 or more labelled
 * lines, occur more than once (not a heading such as "Closing:").
 * Without labels each paragraph (lines up to a blank line) is a turn without a speaker. Spans are code points.
 */
QList<DraftTurn> verbatimTurns(const QString& text);

}  // namespace thema
