#pragma once

// Internal to core/search: how the index names its terms, values and document data.

#include "model/entities.h"
#include "tokenizer.h"

#include <string>

namespace thema::indexterms {

// Boolean terms (never positional). Values are folded like words, so speaker:"jason snell" matches any case.
inline const std::string kUnique = "Q";        ///< Q<source guid>:<turn id or p<start>>
inline const std::string kSourceGuid = "XG";   ///< every document of a source, for deletion
inline const std::string kSource = "XS";       ///< source:NAME
inline const std::string kSpeaker = "XSP";     ///< speaker:LABEL
inline const std::string kParticipant = "XP";  ///< participant:NAME
inline const std::string kAttribute = "XA";    ///< XA<key>:<value>, key:VALUE
inline const std::string kStem = "Z";          ///< stemmed words, not positional (as Xapian's TermGenerator)

/** Xapian refuses terms longer than 245 bytes. */
constexpr size_t kMaxTerm = 240;

/** Value slot with "<folded source name>\0<sortable start>" for document order. */
constexpr unsigned kOrderSlot = 0;

/** Metadata keys. */
inline const std::string kMetaSchema = "thema:schema";
inline const std::string kMetaProject = "thema:project";
inline const std::string kMetaSourcePrefix = "thema:source:";  ///< + guid → signature

/** A field value as stored in a boolean term: folded, trimmed. */
inline std::string value(const QString& text) { return Tokenizer::normalize(text.trimmed()).substr(0, kMaxTerm - 40); }

/** An attribute key as a query field name: folded, spaces and dashes as '_'. */
inline QString fieldName(const QString& key)
{
    QString name = QString::fromStdString(Tokenizer::normalize(key.trimmed()));
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return name;
}

inline std::string attributePrefix(const QString& key) { return kAttribute + fieldName(key).toStdString() + ':'; }

/** What a document carries besides its terms. */
struct DocData {
    Id source = 0;
    Id turn = 0;
    Span span;
    Id participant = 0;
    QString speaker;

    std::string encode() const
    {
        return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(source).arg(turn).arg(span.start).arg(span.end)
            .arg(participant).arg(speaker).toStdString();
    }
    static DocData decode(const std::string& data)
    {
        const QStringList f = QString::fromStdString(data).split(QLatin1Char('\t'));
        DocData d;
        if (f.size() < 6)
            return d;
        d.source = f[0].toLongLong();
        d.turn = f[1].toLongLong();
        d.span = {f[2].toLongLong(), f[3].toLongLong()};
        d.participant = f[4].toLongLong();
        d.speaker = f.mid(5).join(QLatin1Char('\t'));
        return d;
    }
};

}  // namespace thema::indexterms
