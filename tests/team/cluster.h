#pragma once

#include <QString>

namespace thema::test {

/**
 * The throw-away PostgreSQL cluster of this test binary, started on first use (pgcluster.sh: initdb in a temporary
 * folder, a free localhost port, superuser "admin" with password "admin") and stopped when the binary exits. When
 * the server binaries are missing it prints why and exits the binary with 77, which ctest reports as Skipped.
 */
class Cluster {
public:
    static Cluster& instance();
    int port() const { return m_port; }
    QString socketDir() const { return m_dir; }
    /** postgresql://LOGIN@127.0.0.1:PORT/DATABASE?project=PROJECT */
    QString url(const QString& login, const QString& project, const QString& database = QStringLiteral("thema")) const;
    /** The psql binary beside the server's. */
    QString psql() const { return m_psql; }

private:
    Cluster();
    ~Cluster();
    QString m_dir;
    QString m_psql;
    int m_port = 0;
};

}  // namespace thema::test
