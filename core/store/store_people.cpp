// ProjectStore: participants (cases) with attributes, and coders.
#include "projectstore.h"

#include "model/error.h"
#include "sql.h"

#include <QSet>

namespace thema {
namespace {

const QString kParticipantSelect = QStringLiteral("SELECT id, guid, name, interviewer, description, version FROM participant ");

QList<Participant> readParticipants(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QList<Participant> result;
    sql::Query q(db, kParticipantSelect + where, values);
    while (q.next())
        result.append({q.integer(0), q.text(1), q.text(2), q.integer(3) != 0, q.text(4), {}, q.integer(5)});
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
        participant.version = sql::scalar(database(), QStringLiteral("SELECT version FROM participant WHERE id = ?"), {participant.id}).toLongLong();
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

void ProjectStore::setAttribute(Id participant, const QString& key, const QString& value, qint64 seen)
{
    if (key.trimmed().isEmpty())
        throw Error(QStringLiteral("An attribute needs a name (key=value)"));
    transaction([&] {
        bumpVersion("participant", participant, seen);
        QString spelling = value.simplified();
        const QString folded = spelling.toCaseFolded();
        // The spelling other participants use (this one's own old value may be the one being corrected).
        sql::Query used(database(), QStringLiteral("SELECT DISTINCT value FROM attribute WHERE key = ? AND participant <> ? ORDER BY value"),
                        {key.trimmed(), participant});
        while (!folded.isEmpty() && used.next())
            if (used.text(0).simplified().toCaseFolded() == folded) {
                spelling = used.text(0);
                break;
            }
        sql::Query(database(), QStringLiteral("INSERT OR REPLACE INTO attribute(participant, key, value) VALUES (?, ?, ?)"),
                   {participant, key.trimmed(), spelling});
        touch(ParticipantsChanged);
    });
}

void ProjectStore::removeAttribute(Id participant, const QString& key, qint64 seen)
{
    transaction([&] {
        bumpVersion("participant", participant, seen);
        sql::Query(database(), QStringLiteral("DELETE FROM attribute WHERE participant = ? AND key = ?"), {participant, key});
        touch(ParticipantsChanged);
    });
}

void ProjectStore::setInterviewer(Id participant, bool interviewer, qint64 seen)
{
    transaction([&] {
        bumpVersion("participant", participant, seen);
        sql::Query(database(), QStringLiteral("UPDATE participant SET interviewer = ? WHERE id = ?"), {interviewer ? 1 : 0, participant});
        settleSourceOwners();
        touch(ParticipantsChanged);
    });
}

int ProjectStore::settleSourceOwners()
{
    int changed = 0;
    transaction([&] {
        // Per source: its owner (0 for none), whether the owner is an interviewer, and its speaking interviewees.
        QHash<Id, QSet<Id>> speaking;
        sql::Query t(database(), QStringLiteral("SELECT DISTINCT turn.source, turn.participant FROM turn JOIN participant"
                                                " ON participant.id = turn.participant WHERE participant.interviewer = 0"), {});
        while (t.next())
            speaking[t.integer(0)].insert(t.integer(1));
        sql::Query s(database(), QStringLiteral("SELECT source.id, coalesce(source.participant, 0), coalesce(participant.interviewer, 0)"
                                                " FROM source LEFT JOIN participant ON participant.id = source.participant"), {});
        QList<std::pair<Id, Id>> updates;
        while (s.next()) {
            const Id source = s.integer(0), owner = s.integer(1);
            if (owner && s.integer(2) == 0)
                continue;
            const QSet<Id> people = speaking.value(source);
            const Id next = people.size() == 1 ? *people.begin() : 0;
            if (next != owner)
                updates.append({source, next});
        }
        for (const auto& [source, owner] : updates)
            sql::Query(database(), QStringLiteral("UPDATE source SET participant = ? WHERE id = ?"), {sql::idOrNull(owner), source});
        changed = int(updates.size());
        if (changed)
            touch(SourcesChanged);
    });
    return changed;
}

void ProjectStore::removeParticipant(Id participant)
{
    transaction([&] {
        sql::Query(database(), QStringLiteral("UPDATE turn SET participant = NULL WHERE participant = ?"), {participant});
        sql::Query(database(), QStringLiteral("UPDATE source SET participant = NULL WHERE participant = ?"), {participant});
        sql::Query(database(), QStringLiteral("DELETE FROM memo WHERE target = ? AND target_id = ?"),
                   {memoTargetName(MemoTarget::Participant), participant});
        sql::Query(database(), QStringLiteral("DELETE FROM attribute WHERE participant = ?"), {participant});
        sql::Query(database(), QStringLiteral("DELETE FROM participant WHERE id = ?"), {participant});
        touch(ParticipantsChanged | SourcesChanged);
    });
}

void ProjectStore::mergeParticipant(Id from, Id into)
{
    if (from == into)
        throw Error(QStringLiteral("Cannot merge a participant into itself"));
    transaction([&] {
        const auto source = participant(from), target = participant(into);
        if (!source || !target)
            throw Error(QStringLiteral("No such participant to merge"));
        bumpVersion("participant", into, 0);
        sql::Query(database(), QStringLiteral("UPDATE turn SET participant = ? WHERE participant = ?"), {into, from});
        sql::Query(database(), QStringLiteral("UPDATE source SET participant = ? WHERE participant = ?"), {into, from});
        sql::Query(database(), QStringLiteral("UPDATE memo SET target_id = ? WHERE target = ? AND target_id = ?"),
                   {into, memoTargetName(MemoTarget::Participant), from});
        for (auto it = source->attributes.cbegin(); it != source->attributes.cend(); ++it)
            if (!target->attributes.contains(it.key()))
                setAttribute(into, it.key(), it.value());
        sql::Query(database(), QStringLiteral("DELETE FROM attribute WHERE participant = ?"), {from});
        sql::Query(database(), QStringLiteral("DELETE FROM participant WHERE id = ?"), {from});
        touch(ParticipantsChanged | SourcesChanged);
    });
}

QMap<QString, int> ProjectStore::attributeValues(const QString& key) const
{
    QMap<QString, int> out;
    sql::Query q(database(), QStringLiteral("SELECT value, count(*) FROM attribute WHERE key = ? GROUP BY value"), {key.trimmed()});
    while (q.next())
        out.insert(q.text(0), int(q.integer(1)));
    return out;
}

QStringList ProjectStore::attributeKeys() const
{
    QStringList out;
    // GROUP BY, not DISTINCT: PostgreSQL refuses DISTINCT ordered by an expression (lower(key)) not in the list.
    sql::Query q(database(), QStringLiteral("SELECT key FROM attribute GROUP BY key ORDER BY key COLLATE NOCASE"), {});
    while (q.next())
        out.append(q.text(0));
    return out;
}

int ProjectStore::renameAttributeValue(const QString& key, const QString& from, const QString& to)
{
    if (to.simplified().isEmpty())
        throw Error(QStringLiteral("An attribute value cannot be empty (remove the attribute instead)"));
    int changed = 0;
    transaction([&] {
        changed = int(sql::scalar(database(), QStringLiteral("SELECT count(*) FROM attribute WHERE key = ? AND value = ?"),
                                  {key.trimmed(), from}).toLongLong());
        sql::Query(database(), QStringLiteral("UPDATE participant SET version = version + 1 WHERE id IN"
                                              " (SELECT participant FROM attribute WHERE key = ? AND value = ?)"), {key.trimmed(), from});
        sql::Query(database(), QStringLiteral("UPDATE attribute SET value = ? WHERE key = ? AND value = ?"),
                   {to.simplified(), key.trimmed(), from});
        if (changed)
            touch(ParticipantsChanged);
    });
    return changed;
}

int ProjectStore::normaliseAttributeValues(const QString& key)
{
    int changed = 0;
    transaction([&] {
        for (const QString& k : key.trimmed().isEmpty() ? attributeKeys() : QStringList{key.trimmed()}) {
            const QMap<QString, int> values = attributeValues(k);
            QHash<QString, QString> best;  // folded spelling -> the spelling kept
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QString folded = it.key().simplified().toCaseFolded();
                const QString kept = best.value(folded);
                if (kept.isNull() || it.value() > values.value(kept))
                    best.insert(folded, it.key());
            }
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QString kept = best.value(it.key().simplified().toCaseFolded());
                if (kept != it.key())
                    changed += renameAttributeValue(k, it.key(), kept);
            }
        }
    });
    return changed;
}

void ProjectStore::renameParticipant(Id participant, const QString& name, qint64 seen)
{
    if (name.trimmed().isEmpty())
        throw Error(QStringLiteral("A participant needs a name"));
    transaction([&] {
        const auto other = participantByName(name);
        if (other && other->id != participant)
            throw Error(QStringLiteral("A participant named \"%1\" exists already").arg(name));
        bumpVersion("participant", participant, seen);
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
