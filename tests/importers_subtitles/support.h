#pragma once

#include "importer.h"
#include "model/sourcedraft.h"

#include <QFile>
#include <QStringList>

namespace thema::test {

/** The text of each turn, and its speaker. */
struct TurnText {
    QString speaker;
    QString text;
};

inline QList<TurnText> turnTexts(const SourceDraft& draft)
{
    QList<TurnText> out;
    const QList<uint> cps = draft.text.toUcs4();
    for (const DraftTurn& t : draft.turns) {
        const QList<uint> part = cps.mid(t.span.start, t.span.length());
        out.append({t.speaker, QString::fromUcs4(reinterpret_cast<const char32_t*>(part.constData()), part.size())});
    }
    return out;
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace thema::test
