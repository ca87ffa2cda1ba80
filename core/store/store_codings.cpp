// ProjectStore: codings (source, [start, end), code, coder) and memos.
#include "projectstore.h"

#include "sql.h"
#include "timestamps.h"

#include <QStringList>

namespace thema {
namespace {

const QString kCodingSelect = QStringLiteral(
    "SELECT id, guid, source, start, end, code, coder, memo, created_at, modified_at FROM coding ");

Coding readCoding(const sql::Query& q, bool timestamps = true)
{
    Coding c;
    c.id = q.integer(0);
    c.guid = q.text(1);
    c.source = q.integer(2);
    c.span = {q.integer(3), q.integer(4)};
    c.code = q.integer(5);
    c.coder = q.integer(6);
    c.memo = q.text(7);
    if (timestamps) {
        c.createdAt = sql::parseStamp(q.text(8));
        c.modifiedAt = sql::parseStamp(q.text(9));
    }
    return c;
}

QString idList(const QList<Id>& ids)
{
    QStringList parts;
    for (Id id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

const QString kMemoSelect = QStringLiteral(
    "SELECT id, guid, target, target_id, anchor_start, anchor_end, title, text, author, created_at, modified_at, version FROM memo ");

QList<Memo> readMemos(const QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values)
{
    QList<Memo> result;
    sql::Query q(db, kMemoSelect + where, values);
    while (q.next()) {
        Memo m;
        m.id = q.integer(0);
        m.guid = q.text(1);
        m.target = memoTargetFromName(q.text(2)).value_or(MemoTarget::Project);
        m.targetId = q.integer(3);
        if (!q.value(4).isNull())
            m.anchor = Span{q.integer(4), q.integer(5)};
        m.title = q.text(6);
        m.text = q.text(7);
        m.author = q.text(8);
        m.createdAt = sql::parseStamp(q.text(9));
        m.modifiedAt = sql::parseStamp(q.text(10));
        m.version = q.integer(11);
        result.append(m);
    }
    return result;
}

}  // namespace

Id ProjectStore::addCoding(Coding& coding)
{
    transaction([&] {
        // What the coding refers to, in one statement (a team project: one round trip to the server, not four). The
        // source row is read once per transaction: its length column lies after its text, so in a SQLite file each
        // read walked the text's overflow pages, and coding 20,000 hits in a 1.3 MB turn made 3.5 million page reads
        // once the text outgrew the page cache.
        const bool known = m_extents.contains(coding.source);
        sql::Query refs(database(), QStringLiteral("SELECT (SELECT count(*) FROM code WHERE id = ?), (SELECT count(*) FROM coder WHERE id = ?)")
                                        + (known ? QString() : QStringLiteral(", name, characters FROM source WHERE id = ?")));
        if (known)
            refs.bind({coding.code, coding.coder});
        else
            refs.bind({coding.code, coding.coder, coding.source});
        refs.exec();
        if (!refs.next())
            throw Error(QStringLiteral("No source with id %1").arg(coding.source));
        if (!known)
            m_extents.insert(coding.source, {refs.text(2), refs.integer(3)});
        const auto [sourceName, characters] = m_extents.value(coding.source);
        if (coding.span.isEmpty())
            throw Error(QStringLiteral("An empty span [%1, %2) cannot be coded").arg(coding.span.start).arg(coding.span.end));
        if (coding.span.start < 0 || coding.span.end > characters)
            throw Error(QStringLiteral("Span [%1, %2) lies outside \"%3\" (%4 characters)")
                            .arg(coding.span.start).arg(coding.span.end).arg(sourceName).arg(characters));
        if (refs.integer(0) == 0)
            throw Error(QStringLiteral("No code with id %1").arg(coding.code));
        if (refs.integer(1) == 0)
            throw Error(QStringLiteral("No coder with id %1").arg(coding.coder));
        if (coding.guid.isEmpty())
            coding.guid = newGuid();
        if (!coding.createdAt.isValid())
            coding.createdAt = QDateTime::currentDateTimeUtc();
        if (!coding.modifiedAt.isValid())
            coding.modifiedAt = coding.createdAt;
        // An undo puts a removed coding back under its old row id, so references (exemplars) stay valid.
        coding.id = sql::insertRow(database(),
                                   QStringLiteral("INSERT INTO coding(id, guid, source, start, end, code, coder, memo, created_at,"
                                                  " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {sql::idOrNull(coding.id), coding.guid.toLower(), coding.source, coding.span.start,
                                    coding.span.end, coding.code, coding.coder, coding.memo, sql::stamp(coding.createdAt),
                                    sql::stamp(coding.modifiedAt)});
        touch(CodingsChanged, coding.source);
    });
    return coding.id;
}

QList<Coding> ProjectStore::codings(const CodingFilter& filter) const
{
    QStringList where;
    if (!filter.sources.isEmpty())
        where.append(QStringLiteral("source IN (%1)").arg(idList(filter.sources)));
    if (!filter.codes.isEmpty()) {
        QList<Id> codes = filter.codes;
        if (filter.includeSubcodes)
            for (Id c : filter.codes)
                for (Id sub : codeSubtree(c))
                    if (!codes.contains(sub))
                        codes.append(sub);
        where.append(QStringLiteral("code IN (%1)").arg(idList(codes)));
    }
    if (!filter.coders.isEmpty())
        where.append(QStringLiteral("coder IN (%1)").arg(idList(filter.coders)));
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    // Columns the filter leaves out are not read at all (NULL in their place): turning 20,000 rows of text into
    // strings costs twice what the rest of the read does.
    const QString select = QStringLiteral("SELECT id, %1, source, start, end, code, coder, %2, %3 FROM coding ")
                               .arg(filter.texts ? QStringLiteral("guid") : QStringLiteral("NULL"),
                                    filter.texts ? QStringLiteral("memo") : QStringLiteral("NULL"),
                                    filter.timestamps ? QStringLiteral("created_at, modified_at") : QStringLiteral("NULL, NULL"));
    QList<Coding> result;
    sql::Query q(database(), select + clause + QStringLiteral(" ORDER BY source, start, end, id"), {});
    while (q.next())
        result.append(readCoding(q, filter.timestamps));
    return result;
}

std::optional<Coding> ProjectStore::coding(Id id) const
{
    sql::Query q(database(), kCodingSelect + QStringLiteral("WHERE id = ?"), {id});
    if (q.next())
        return readCoding(q);
    return std::nullopt;
}

std::optional<Coding> ProjectStore::findCoding(Id source, const Span& span, Id code, Id coder) const
{
    sql::Query q(database(), kCodingSelect + QStringLiteral("WHERE source = ? AND start = ? AND end = ? AND code = ? AND coder = ? LIMIT 1"),
                 {source, span.start, span.end, code, coder});
    if (q.next())
        return readCoding(q);
    return std::nullopt;
}

void ProjectStore::setCodingMemo(Id id, const QString& memo)
{
    transaction([&] {
        const auto c = coding(id);
        if (!c)
            throw Error(QStringLiteral("No coding with id %1").arg(id));
        sql::Query(database(), QStringLiteral("UPDATE coding SET memo = ?, modified_at = ? WHERE id = ?"), {memo, sql::now(), id});
        touch(CodingsChanged, c->source);
    });
}

void ProjectStore::setCodingSpan(Id id, const Span& span)
{
    transaction([&] {
        const auto c = coding(id);
        if (!c)
            throw Error(QStringLiteral("No coding with id %1").arg(id));
        const auto src = source(c->source);
        if (span.isEmpty() || span.start < 0 || span.end > src->characters)
            throw Error(QStringLiteral("Span [%1, %2) is empty or outside \"%3\"").arg(span.start).arg(span.end).arg(src->name));
        sql::Query(database(), QStringLiteral("UPDATE coding SET start = ?, end = ?, modified_at = ? WHERE id = ?"),
                   {span.start, span.end, sql::now(), id});
        touch(CodingsChanged, c->source);
    });
}

Coding ProjectStore::removeCoding(Id id)
{
    Coding removed;
    transaction([&] {
        const auto c = coding(id);
        if (!c)
            throw Error(QStringLiteral("No coding with id %1").arg(id));
        removed = *c;
        sql::Query(database(), QStringLiteral("DELETE FROM coding WHERE id = ?"), {id});
        touch(CodingsChanged, c->source);
    });
    return removed;
}

Id ProjectStore::addMemo(Memo& memo)
{
    transaction([&] {
        if (memo.guid.isEmpty())
            memo.guid = newGuid();
        if (!memo.createdAt.isValid())
            memo.createdAt = QDateTime::currentDateTimeUtc();
        if (!memo.modifiedAt.isValid())
            memo.modifiedAt = memo.createdAt;
        const QVariant none{QMetaType(QMetaType::LongLong)};  // braces: clang reads "(...)" as a function declaration
        sql::Query q(database(),
                     QStringLiteral("INSERT INTO memo(id, guid, target, target_id, anchor_start, anchor_end, title, text, author,"
                                    " created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {sql::idOrNull(memo.id), memo.guid.toLower(), memoTargetName(memo.target), memo.targetId,
                      memo.anchor ? QVariant(memo.anchor->start) : none, memo.anchor ? QVariant(memo.anchor->end) : none,
                      memo.title, memo.text, memo.author, sql::stamp(memo.createdAt), sql::stamp(memo.modifiedAt)});
        memo.id = q.lastInsertId();
        memo.version = 1;
        touch(MemosChanged);
    });
    return memo.id;
}

QList<Memo> ProjectStore::memos() const { return readMemos(database(), QStringLiteral("ORDER BY id"), {}); }

QList<Memo> ProjectStore::memosFor(MemoTarget target, Id targetId) const
{
    return readMemos(database(), QStringLiteral("WHERE target = ? AND target_id = ? ORDER BY id"), {memoTargetName(target), targetId});
}

void ProjectStore::updateMemo(Id id, const QString& title, const QString& text, qint64 seen)
{
    transaction([&] {
        bumpVersion("memo", id, seen);
        sql::Query(database(), QStringLiteral("UPDATE memo SET title = ?, text = ?, modified_at = ? WHERE id = ?"),
                   {title, text, sql::now(), id});
        touch(MemosChanged);
    });
}

Memo ProjectStore::removeMemo(Id id)
{
    Memo removed;
    transaction([&] {
        const auto list = readMemos(database(), QStringLiteral("WHERE id = ?"), {id});
        if (list.isEmpty())
            throw Error(QStringLiteral("No memo with id %1").arg(id));
        removed = list.first();
        sql::Query(database(), QStringLiteral("DELETE FROM memo WHERE id = ?"), {id});
        touch(MemosChanged);
    });
    return removed;
}

}  // namespace thema
