#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace thema {

/**
 * File ▸ Open Team Project…: where the team project lives (host, port, database, project, login) and, optionally, a
 * password for this session only (never stored; left empty, libpq's own PGPASSWORD, ~/.pgpass or service file
 * apply). Shown again with the server's problem when opening failed, the address kept.
 */
class OpenTeamDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenTeamDialog(QWidget* parent = nullptr);

    /** Fills the fields from a team project's address (libpq options such as sslmode are kept). */
    void setLocation(const QString& location);
    /** The address the fields make: postgresql://user@host:port/database?project=NAME (never a password). */
    QString location() const;
    QString password() const;
    /** Shows why the last attempt failed (naming the server) above the fields. */
    void showProblem(const QString& problem);

    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portEdit() const { return m_port; }
    QLineEdit* databaseEdit() const { return m_database; }
    QLineEdit* projectEdit() const { return m_project; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }

    void accept() override;

private:
    void updateButtons();

    QLabel* m_problem;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_project;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QDialogButtonBox* m_buttons;
    QStringList m_options;  ///< libpq options from the address given, kept as they were
};

}  // namespace thema
