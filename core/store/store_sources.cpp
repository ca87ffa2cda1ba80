// ProjectStore: sources and their speaker turns.
#include "projectstore.h"

#include "sql.h"
#include "text/offsets.h"
#include "timestamps.h"

#include <QCryptographicHash>

namespace thema {
namespace {

const QString kSourceColumns = QStringLiteral(
    "id, guid, name, format, language, original_file, checksum, imported_at, participant, characters");

Source readSource(const sql::Query& q)
{
    Source s;
    s.id = q.integer(0);
    s.guid = q.text(1);
    s.name = q.text(2);
    s.format = q.text(3);
    s.language = q.text(4);
    s.originalFile = q.text(5);
    s.checksum = q.text(6);
    s.importedAt = sql::parseStamp(q.text(7));
    s.participant = q.integer(8);
    s.characters = q.integer(9);
    return s;
}

std::optional<Source> oneSource(const QSqlDatabase& db, const QString& where, const QVariant& value)
{
    sql::Query q(db, QStringLiteral("SELECT ") + kSourceColumns + QStringLiteral(" FROM source WHERE ") + where, {value});
    if (q.next())
        return readSource(q);
    return std::nullopt;
}

Turn readTurn(const sql::Query& q)
{
    Turn t;
    t.id = q.integer(0);
    t.source = q.integer(1);
    t.span = {q.integer(2), q.integer(3)};
    t.speaker = q.text(4);
    t.participant = q.integer(5);
    if (!q.value(6).isNull()) t.beginMs = q.integer(6);
    if (!q.value(7).isNull()) t.endMs = q.integer(7);
    return t;
}

const QString kTurnColumns = QStringLiteral("id, source, start, end, speaker, participant, begin_ms, end_ms");

QVariant optionalMs(const std::optional<qint64>& ms)
{
    return ms ? QVariant(*ms) : QVariant(QMetaType(QMetaType::LongLong));
}

}  // namespace

Id ProjectStore::addSource(Source& source, const QString& text)
{
    if (text.isEmpty())
        throw Error(QStringLiteral("%1: the source has no text").arg(source.name));
    if (source.name.trimmed().isEmpty())
        throw Error(QStringLiteral("A source needs a name"));
    transaction([&] {
        if (sourceByName(source.name))
            throw Error(QStringLiteral("A source named \"%1\" exists already; import it under another name (--name)")
                            .arg(source.name));
        if (source.guid.isEmpty())
            source.guid = newGuid();
        if (source.language.isEmpty())
            source.language = language();
        if (!source.importedAt.isValid())
            source.importedAt = QDateTime::currentDateTimeUtc();
        source.characters = TextOffsets::codePointLength(text);
        source.checksum = QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        sql::Query q(database(),
                     QStringLiteral("INSERT INTO source(guid, name, format, language, text, characters, original_file,"
                                    " checksum, imported_at, participant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {source.guid.toLower(), source.name, source.format, source.language, text, source.characters,
                      source.originalFile, source.checksum, sql::stamp(source.importedAt), sql::idOrNull(source.participant)});
        source.id = q.lastInsertId();
        touch(SourcesChanged);
    });
    return source.id;
}

QList<Source> ProjectStore::sources() const
{
    QList<Source> result;
    sql::Query q(database(), QStringLiteral("SELECT ") + kSourceColumns + QStringLiteral(" FROM source ORDER BY name COLLATE NOCASE"), {});
    while (q.next())
        result.append(readSource(q));
    return result;
}

std::optional<Source> ProjectStore::source(Id id) const { return oneSource(database(), QStringLiteral("id = ?"), id); }

std::optional<Source> ProjectStore::sourceByName(const QString& name) const
{
    return oneSource(database(), QStringLiteral("name = ?"), name);
}

std::optional<Source> ProjectStore::sourceByGuid(const QString& guid) const
{
    return oneSource(database(), QStringLiteral("guid = ?"), guid.toLower());
}

QString ProjectStore::sourceText(Id id) const
{
    return sql::scalar(database(), QStringLiteral("SELECT text FROM source WHERE id = ?"), {id}).toString();
}

void ProjectStore::renameSource(Id id, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("A source needs a name"));
    transaction([&] {
        const auto other = sourceByName(name);
        if (other && other->id != id)
            throw Error(QStringLiteral("A source named \"%1\" exists already").arg(name));
        sql::Query(database(), QStringLiteral("UPDATE source SET name = ? WHERE id = ?"), {name, id});
        m_extents.remove(id);
        touch(SourcesChanged);
    });
}

void ProjectStore::setSourceParticipant(Id id, Id participant)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("UPDATE source SET participant = ? WHERE id = ?"), {sql::idOrNull(participant), id});
        touch(SourcesChanged);
    });
}

void ProjectStore::removeSource(Id id)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("DELETE FROM memo WHERE target = 'source' AND target_id = ?"), {id});
        sql::Query(database(), QStringLiteral("DELETE FROM source WHERE id = ?"), {id});
        m_extents.remove(id);
        touch(SourcesChanged | CodingsChanged | MemosChanged, id);
    });
}

void ProjectStore::addTurns(Id source, QList<Turn>& turns)
{
    transaction([&] {
        const qint64 length = sql::scalar(database(), QStringLiteral("SELECT characters FROM source WHERE id = ?"), {source}).toLongLong();
        sql::Query q(database(), QStringLiteral("INSERT INTO turn(source, start, end, speaker, participant, begin_ms, end_ms)"
                                                " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (Turn& t : turns) {
            if (t.span.start < 0 || t.span.end < t.span.start || t.span.end > length)
                throw Error(QStringLiteral("Turn [%1, %2) lies outside the source (%3 characters)")
                                .arg(t.span.start).arg(t.span.end).arg(length));
            t.source = source;
            q.bind({source, t.span.start, t.span.end, t.speaker, sql::idOrNull(t.participant), optionalMs(t.beginMs),
                    optionalMs(t.endMs)}).exec();
            t.id = q.lastInsertId();
        }
        touch(SourcesChanged);
    });
}

QList<Turn> ProjectStore::turns(Id source) const
{
    QList<Turn> result;
    sql::Query q(database(), QStringLiteral("SELECT ") + kTurnColumns + QStringLiteral(" FROM turn WHERE source = ? ORDER BY start"), {source});
    while (q.next())
        result.append(readTurn(q));
    return result;
}

QList<Turn> ProjectStore::allTurns() const
{
    QList<Turn> result;
    sql::Query q(database(), QStringLiteral("SELECT ") + kTurnColumns + QStringLiteral(" FROM turn ORDER BY source, start"), {});
    while (q.next())
        result.append(readTurn(q));
    return result;
}

void ProjectStore::setTurnParticipant(Id source, const QString& speaker, Id participant)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("UPDATE turn SET participant = ? WHERE source = ? AND speaker = ?"),
                   {sql::idOrNull(participant), source, speaker});
        touch(SourcesChanged | ParticipantsChanged);
    });
}

std::optional<Turn> ProjectStore::turn(Id id) const
{
    sql::Query q(database(), QStringLiteral("SELECT ") + kTurnColumns + QStringLiteral(" FROM turn WHERE id = ?"), {id});
    if (q.next())
        return readTurn(q);
    return std::nullopt;
}

void ProjectStore::setTurnBegin(Id turn, std::optional<qint64> beginMs)
{
    if (beginMs && *beginMs < 0)
        throw Error(QStringLiteral("A turn's time cannot be negative"));
    transaction([&] {
        const auto t = this->turn(turn);
        if (!t)
            throw Error(QStringLiteral("No turn with id %1").arg(turn));
        sql::Query(database(), QStringLiteral("UPDATE turn SET begin_ms = ? WHERE id = ?"), {optionalMs(beginMs), turn});
        touch(SourcesChanged, t->source);
    });
}

}  // namespace thema
