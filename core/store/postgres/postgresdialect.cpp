#include "store/postgres/postgresdialect.h"

#include "model/error.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace thema::sql {
namespace {

// The conflict target of INSERT OR REPLACE, per table (their primary keys).
QString conflictTarget(const QString& table)
{
    static const QHash<QString, QString> keys = {
        {QStringLiteral("setting"), QStringLiteral("key")},
        {QStringLiteral("attribute"), QStringLiteral("participant, key")},
        {QStringLiteral("source_media"), QStringLiteral("source")},
    };
    const QString key = keys.value(table);
    if (key.isEmpty())
        throw Error(QStringLiteral("INSERT OR REPLACE INTO %1 has no PostgreSQL spelling yet (no key known)").arg(table));
    return key;
}

// Applies the rewrites to a stretch of SQL outside quotes.
QString rewriteBare(QString s, QString& suffix)
{
    static const QRegularExpression versionSet(QStringLiteral("\\bPRAGMA user_version\\s*=\\s*(\\d+)"));
    static const QRegularExpression versionGet(QStringLiteral("\\bPRAGMA user_version\\b"));
    static const QRegularExpression primaryKey(QStringLiteral("\\bINTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression ifnull(QStringLiteral("\\bifnull\\("), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nocase(QStringLiteral("([\\w.]+) COLLATE NOCASE"));
    static const QRegularExpression orIgnore(QStringLiteral("\\bINSERT OR IGNORE INTO\\b"));
    static const QRegularExpression orReplace(QStringLiteral("\\bINSERT OR REPLACE INTO (\\w+)\\s*\\(([^)]*)\\)"));
    static const QRegularExpression references(
        QStringLiteral("(REFERENCES \\w+\\s*\\(\\w+\\)(?:\\s+ON DELETE (?:CASCADE|SET NULL))?)"));
    static const QRegularExpression end(QStringLiteral("\\bend\\b"));

    s.replace(versionSet, QStringLiteral("UPDATE schema_version SET version = \\1"));
    s.replace(versionGet, QStringLiteral("SELECT version FROM schema_version"));
    s.replace(primaryKey, QStringLiteral("BIGSERIAL PRIMARY KEY"));
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(ifnull, QStringLiteral("coalesce("));
    s.replace(nocase, QStringLiteral("lower(\\1)"));
    if (s.contains(orIgnore)) {
        s.replace(orIgnore, QStringLiteral("INSERT INTO"));
        suffix = QStringLiteral(" ON CONFLICT DO NOTHING");
    }
    if (const auto m = orReplace.match(s); m.hasMatch()) {
        const QString table = m.captured(1);
        const QString target = conflictTarget(table);
        const QStringList keys = target.split(QStringLiteral(", "));
        QStringList updates;
        for (QString column : m.captured(2).split(QLatin1Char(','))) {
            column = column.trimmed();
            if (!keys.contains(column))
                updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
        }
        s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("INSERT INTO %1(%2)").arg(table, m.captured(2)));
        suffix = updates.isEmpty() ? QStringLiteral(" ON CONFLICT (%1) DO NOTHING").arg(target)
                                   : QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2").arg(target, updates.join(QStringLiteral(", ")));
    }
    s.replace(references, QStringLiteral("\\1 DEFERRABLE"));
    s.replace(end, QStringLiteral("\"end\""));
    return s;
}

}  // namespace

QString postgresStatement(const QString& statement)
{
    // A bare BEGIN is a read snapshot (ProjectStore::readSnapshot): every read in it sees one state, as in SQLite.
    if (statement.trimmed() == QLatin1String("BEGIN"))
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
    // Split into quoted stretches ('…' literals, "…" identifiers), kept as they are, and bare SQL, rewritten.
    QString out;
    QString suffix;
    qsizetype i = 0;
    while (i < statement.size()) {
        const QChar c = statement[i];
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < statement.size()) {
                if (statement[j] == c) {
                    if (j + 1 < statement.size() && statement[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            out += statement.mid(i, j + 1 - i);
            i = j + 1;
            continue;
        }
        qsizetype j = i;
        while (j < statement.size() && statement[j] != QLatin1Char('\'') && statement[j] != QLatin1Char('"'))
            ++j;
        out += rewriteBare(statement.mid(i, j - i), suffix);
        i = j;
    }
    return out + suffix;
}

QString PostgresDialect::statement(const QString& statement) const
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.constFind(statement);
    if (it != cache.constEnd())
        return *it;
    const QString translated = postgresStatement(statement);
    cache.insert(statement, translated);
    return translated;
}

}  // namespace thema::sql
