#pragma once

// Internal to core/search: how the index names its terms, values and document data.

#include "model/entities.h"
#include "tokenizer.h"

#include <string>

namespace thema::indexterms {

// Boolean terms (never positional). Values are folded like words, so speaker:"jason snell" matches any case.
inline const std::string kSourceGuid = "XG";   ///< every document of a source, for deletion
inline const std::string kSource = "XS";       ///< source:NAME
inline const std::string kSpeaker = "XSP";     ///< speaker:LABEL
inline const std::string kParticipant = "XP";  ///< participant:NAME
inline const std::string kAttribute = "XA";    ///< XA<key>:<value>, key:VALUE
inline const std::string kCompound = "XK";     ///< a turn with a word whose parts share its position (an address)
inline const std::string kJoined = "J";        ///< J<joined hyphenated word>, at its first and last part's positions
inline const std::string kStem = "Z";          ///< stemmed words, not positional (as Xapian's TermGenerator)

/** Xapian refuses terms longer than 245 bytes. */
constexpr size_t kMaxTerm = 240;

/** Value slot with "<folded source name>\0<sortable start>" for document order. */
constexpr unsigned kOrderSlot = 0;

/** Metadata keys. */
inline const std::string kMetaSchema = "thema:schema";
inline const std::string kMetaProject = "thema:project";
inline const std::string kMetaSourcePrefix = "thema:source:";  ///< + guid → signature
inline const std::string kMetaLanguage = "thema:language";     ///< the project's language when indexed
inline const std::string kMetaFields = "thema:fields";         ///< attribute keys as they were, one per line

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

/**
 * What a document carries besides its terms: everything a hit shows, so that a search reads no project data.
 * The participant's name and attributes are part of the source's signature, so a change re-indexes them.
 */
struct DocData {
    Id source = 0;
    Id turn = 0;
    Span span;
    Id participant = 0;
    QString speaker;
    QString sourceName;
    QString participantName;
    QMap<QString, QString> attributes;
    QString text;  ///< the turn's text

    std::string encode() const
    {
        const QChar unit(0x1f), record(0x1e), group(0x1d);
        QString attrs;
        for (auto a = attributes.cbegin(); a != attributes.cend(); ++a)
            attrs += a.key() + record + a.value() + group;
        return QString(QString::number(source) + unit + QString::number(turn) + unit + QString::number(span.start) + unit
                + QString::number(span.end) + unit + QString::number(participant) + unit + speaker + unit + sourceName
                + unit + participantName + unit + attrs + unit + text).toStdString();
    }
    static DocData decode(const std::string& data)
    {
        const QString all = QString::fromStdString(data);
        DocData d;
        qsizetype at = 0;
        auto next = [&] {
            const qsizetype end = all.indexOf(QChar(0x1f), at);
            const QString field = all.mid(at, end < 0 ? -1 : end - at);
            at = end < 0 ? all.size() : end + 1;
            return field;
        };
        d.source = next().toLongLong();
        d.turn = next().toLongLong();
        d.span.start = next().toLongLong();
        d.span.end = next().toLongLong();
        d.participant = next().toLongLong();
        d.speaker = next();
        d.sourceName = next();
        d.participantName = next();
        for (const QString& kv : next().split(QChar(0x1d), Qt::SkipEmptyParts))
            d.attributes.insert(kv.section(QChar(0x1e), 0, 0), kv.section(QChar(0x1e), 1));
        d.text = all.mid(at);
        return d;
    }
};

}  // namespace thema::indexterms
