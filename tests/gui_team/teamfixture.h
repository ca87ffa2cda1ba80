#pragma once

#include <QString>

namespace thema::test {

/**
 * The team server of this test binary, set up once on its throw-away cluster: the database "thema", the logins
 * olga (owner), sam (coder, coding as Sam), rita (reader) and nora (no member), each with their name as password,
 * and the demo study pushed as the team project "study". The client's index goes to a temporary cache.
 */
struct TeamServer {
    static TeamServer& instance();
    /** postgresql://LOGIN@127.0.0.1:PORT/thema?project=PROJECT */
    QString url(const QString& login, const QString& project = QStringLiteral("study")) const;
    int port() const;
    /** Runs @p statement through psql as the cluster's superuser; its output. */
    QString admin(const QString& statement) const;

private:
    TeamServer();
};

/** Runs events until @p done or @p ms pass; returns done(). */
template <typename Done>
bool waitUntil(Done done, int ms = 20000);

}  // namespace thema::test

#include <QCoreApplication>
#include <QElapsedTimer>

template <typename Done>
bool thema::test::waitUntil(Done done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done();
}
