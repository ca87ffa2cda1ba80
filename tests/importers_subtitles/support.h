#pragma once

#include "importer.h"
#include "importerregistry.h"
#include "model/error.h"
#include "shared.h"
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

/** Imports a file of ../shared through the registry, as `thema-cli import` does. */
inline SourceDraft importShared(const QString& relative)
{
    return ImporterRegistry::instance().readFile(sharedPath(relative), {});
}

/** The error importing that file gives, or an empty string when it imports. */
inline QString errorOf(const QString& relative)
{
    try {
        importShared(relative);
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace thema::test
