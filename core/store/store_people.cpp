// ProjectStore: participants (cases) with attributes, and coders.
#include "projectstore.h"

#include "sql.h"

namespace thema {
namespace {

const QString kParticipantSelect = QStringLiteral("SELECT id, guid, name, interviewer, description FROM participant ");

QList<Participant> readParticipants(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QList<Participant> result;
    sql::Query q(db, kParticipantSelect + where, values);
    while (q.next())
        result.append({q.integer(0), q.text(1), q.text(2), q.integer(3) != 0, q.text(4), {}});
    for (Participant& p : result) {
        sql::Query a(db, QStringLiteral("SELECT key, value FROM attribute WHERE participant = ?"), {p.id});
        while (a.next())
            p.attributes.insert(a.text(0), a.text(1));
    }
    return result;
}

std::optional<Participant> first(QList<Participant> list)
{
    return list.isEmpty() ? std::nullopt : std::optional<Participant>(list.first());
}

const QString kCoderSelect = QStringLiteral("SELECT id, guid, name, color, consensus FROM coder ");

QList<Coder> readCoders(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QList<Coder> result;
    sql::Query q(db, kCoderSelect + where, values);
    while (q.next())
        result.append({q.integer(0), q.text(1), q.text(2), q.text(3), q.integer(4) != 0});
    return result;
}

// Distinct, readable colours for coders' layers, in the order coders are added.
const char* const kCoderColors[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};

}  // namespace

Id ProjectStore::addParticipant(Participant& participant)
{
    if (participant.name.trimmed().isEmpty())
        throw Error(QStringLiteral("A participant needs a name"));
    transaction([&] {
        if (participantByName(participant.name))
            throw Error(QStringLiteral("A participant named \"%1\" exists already").arg(participant.name));
        if (participant.guid.isEmpty())
            participant.guid = newGuid();
        sql::Query q(database(), QStringLiteral("INSERT INTO participant(guid, name, interviewer, description) VALUES (?, ?, ?, ?)"),
                     {participant.guid.toLower(), participant.name, participant.interviewer ? 1 : 0, participant.description});
        participant.id = q.lastInsertId();
        for (auto it = participant.attributes.cbegin(); it != participant.attributes.cend(); ++it)
            setAttribute(participant.id, it.key(), it.value());
        touch(ParticipantsChanged);
    });
    return participant.id;
}

QList<Participant> ProjectStore::participants() const
{
    return readParticipants(database(), QStringLiteral("ORDER BY name COLLATE NOCASE"), {});
}

std::optional<Participant> ProjectStore::participant(Id id) const
{
    return first(readParticipants(database(), QStringLiteral("WHERE id = ?"), {id}));
}

std::optional<Participant> ProjectStore::participantByName(const QString& name) const
{
    return first(readParticipants(database(), QStringLiteral("WHERE name = ?"), {name}));
}

std::optional<Participant> ProjectStore::participantByGuid(const QString& guid) const
{
    return first(readParticipants(database(), QStringLiteral("WHERE guid = ?"), {guid.toLower()}));
}

void ProjectStore::setAttribute(Id participant, const QString& key, const QString& value)
{
    if (key.trimmed().isEmpty())
        throw Error(QStringLiteral("An attribute needs a name (key=value)"));
    transaction([&] {
        sql::Query(database(), QStringLiteral("INSERT OR REPLACE INTO attribute(participant, key, value) VALUES (?, ?, ?)"),
                   {participant, key.trimmed(), value});
        touch(ParticipantsChanged);
    });
}

void ProjectStore::removeAttribute(Id participant, const QString& key)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("DELETE FROM attribute WHERE participant = ? AND key = ?"), {participant, key});
        touch(ParticipantsChanged);
    });
}

void ProjectStore::setInterviewer(Id participant, bool interviewer)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("UPDATE participant SET interviewer = ? WHERE id = ?"), {interviewer ? 1 : 0, participant});
        touch(ParticipantsChanged);
    });
}

void ProjectStore::renameParticipant(Id participant, const QString& name)
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("A participant needs a name"));
    transaction([&] {
        const auto other = participantByName(name);
        if (other && other->id != participant)
            throw Error(QStringLiteral("A participant named \"%1\" exists already").arg(name));
        sql::Query(database(), QStringLiteral("UPDATE participant SET name = ? WHERE id = ?"), {name, participant});
        touch(ParticipantsChanged);
    });
}

Id ProjectStore::addCoder(Coder& coder)
{
    if (coder.name.trimmed().isEmpty())
        throw Error(QStringLiteral("A coder needs a name"));
    transaction([&] {
        if (coderByName(coder.name))
            throw Error(QStringLiteral("A coder named \"%1\" exists already").arg(coder.name));
        if (coder.guid.isEmpty())
            coder.guid = newGuid();
        if (coder.color.isEmpty()) {
            const qint64 n = sql::scalar(database(), QStringLiteral("SELECT count(*) FROM coder")).toLongLong();
            coder.color = QString::fromLatin1(kCoderColors[n % std::size(kCoderColors)]);
        }
        sql::Query q(database(), QStringLiteral("INSERT INTO coder(guid, name, color, consensus) VALUES (?, ?, ?, ?)"),
                     {coder.guid.toLower(), coder.name.trimmed(), coder.color, coder.consensus ? 1 : 0});
        coder.id = q.lastInsertId();
        touch(CodersChanged);
    });
    return coder.id;
}

Id ProjectStore::ensureCoder(const QString& name)
{
    if (const auto existing = coderByName(name))
        return existing->id;
    Coder coder;
    coder.name = name;
    return addCoder(coder);
}

QList<Coder> ProjectStore::coders() const { return readCoders(database(), QStringLiteral("ORDER BY id"), {}); }

std::optional<Coder> ProjectStore::coder(Id id) const
{
    const auto list = readCoders(database(), QStringLiteral("WHERE id = ?"), {id});
    return list.isEmpty() ? std::nullopt : std::optional<Coder>(list.first());
}

std::optional<Coder> ProjectStore::coderByName(const QString& name) const
{
    const auto list = readCoders(database(), QStringLiteral("WHERE name = ?"), {name.trimmed()});
    return list.isEmpty() ? std::nullopt : std::optional<Coder>(list.first());
}

}  // namespace thema
