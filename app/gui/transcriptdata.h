#pragma once

#include "model/entities.h"
#include "text/offsets.h"

#include <QColor>
#include <QHash>

namespace thema {

class ProjectStore;

/** A coding as the transcript view paints it: positions in UTF-16 units of the displayed text. */
struct ShownCoding {
    Id id = 0;
    Id code = 0;
    Id coder = 0;
    qint64 start = 0;  ///< UTF-16
    qint64 end = 0;    ///< UTF-16, exclusive
    QString memo;
};

/** A speaker turn in UTF-16 units, with the name to show in the gutter. */
struct ShownTurn {
    qint64 start = 0;
    qint64 end = 0;
    QString speaker;
    bool interviewer = false;
    QString tooltip;  ///< participant and attributes
};

/**
 * What the transcript view shows of one source, read from the store and converted once from code points to
 * UTF-16: the text, the turns and the visible codings (sorted by start), with code and coder looks.
 * No widgets here, so the conversions and lookups can be tested on their own.
 */
class TranscriptData {
public:
    void load(const ProjectStore& store, Id source);
    /** Re-reads the codings (and code names and colours) only; @p coders empty means all coders. */
    void loadCodings(const ProjectStore& store, const QList<Id>& coders);
    void clear();

    Id source() const { return m_source; }
    const QString& text() const { return m_text; }
    const TextOffsets& offsets() const { return m_offsets; }
    const QList<ShownTurn>& turns() const { return m_turns; }
    const QList<ShownCoding>& codings() const { return m_codings; }

    /** Codings that intersect [start, end) in UTF-16 units, in start order. */
    QList<ShownCoding> codingsIn(qint64 start, qint64 end) const;
    /** Codings that contain the UTF-16 position @p pos. */
    QList<ShownCoding> codingsAt(qint64 pos) const;
    const ShownCoding* codingById(Id id) const;

    QString codeName(Id code) const { return m_codeNames.value(code); }
    QColor codeColor(Id code) const { return m_codeColors.value(code, QColor(Qt::gray)); }
    QString coderName(Id coder) const { return m_coderNames.value(coder); }
    QColor coderColor(Id coder) const { return m_coderColors.value(coder, QColor(Qt::darkGray)); }

    /** Code points → UTF-16 and back, for this text. */
    Span toCodePoints(qint64 start16, qint64 end16) const;
    QPair<qint64, qint64> toUtf16(const Span& span) const;

private:
    Id m_source = 0;
    QString m_text;
    TextOffsets m_offsets;
    QList<ShownTurn> m_turns;
    QList<ShownCoding> m_codings;
    qint64 m_longest = 0;  ///< the longest coding, bounding the search in codingsIn()
    QHash<Id, QString> m_codeNames;
    QHash<Id, QColor> m_codeColors;
    QHash<Id, QString> m_coderNames;
    QHash<Id, QColor> m_coderColors;
};

}  // namespace thema
