#pragma once

// Helpers shared by the store suites: a fresh project in a temporary folder, and errors as strings.
#include "printing.h"
#include "shared.h"
#include "model/error.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace thema::test {

inline QString newProjectPath(const QString& name = QStringLiteral("study.thema"))
{
    return tempDir() + QLatin1Char('/') + name;
}

/**
 * A fresh, empty project: a file in a temporary folder, or, when THEMA_TEST_STORE_SERVER names a PostgreSQL server
 * and database (postgresql://user@host:port/db, set by tests/team/on-postgresql.sh), a new team project there.
 */
inline std::unique_ptr<ProjectStore> newStore()
{
    const QString server = qEnvironmentVariable("THEMA_TEST_STORE_SERVER");
    if (!server.isEmpty()) {
        static int counter = 0;
        return ProjectStore::create(server + QStringLiteral("?project=store_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter));
    }
    return ProjectStore::create(newProjectPath());
}

/** The message of the thema::Error that @p action throws; empty when it throws none. */
template <typename Action>
QString errorOf(Action&& action)
{
    try {
        action();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

inline QByteArray fileChecksum(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/** Runs statements on a file through a separate, short-lived connection (as another program would). */
inline void runRaw(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& s : statements)
            REQUIRE(QSqlQuery(db).exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/** A source with @p text, named @p name. */
inline Id addText(ProjectStore& store, const QString& name, const QString& text)
{
    Source s;
    s.name = name;
    s.format = QStringLiteral("txt");
    return store.addSource(s, text);
}

}  // namespace thema::test
