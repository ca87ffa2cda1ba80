#include "team/openteamdialog.h"

#include "model/error.h"
#include "store/postgres/teamurl.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thema {

OpenTeamDialog::OpenTeamDialog(QWidget* parent)
    : QDialog(parent), m_problem(new QLabel), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_project(new QLineEdit), m_user(new QLineEdit), m_password(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("openTeamDialog"));
    setWindowTitle(tr("Open Team Project"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team project lives on a PostgreSQL server; every member works in it at once."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_problem->setObjectName(QStringLiteral("teamProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_host->setObjectName(QStringLiteral("teamHost"));
    m_host->setPlaceholderText(QStringLiteral("localhost"));
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_database->setText(QStringLiteral("thema"));
    m_project->setObjectName(QStringLiteral("teamProject"));
    m_project->setPlaceholderText(tr("e.g. study"));
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_user->setText(qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")));
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass, PGPASSWORD or a service file"));
    m_password->setToolTip(tr("Kept in memory for this session only, never saved"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    layout->addLayout(form);
    auto* note = new QLabel(tr("The password is used for this session only and never saved. Recent Projects keeps the "
                               "address without it."));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenTeamDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_project, &QLineEdit::textChanged, this, &OpenTeamDialog::updateButtons);
    updateButtons();
    setMinimumWidth(460);
}

void OpenTeamDialog::setLocation(const QString& location)
{
    try {
        const team::TeamUrl url = team::TeamUrl::parse(location);
        m_host->setText(url.host);
        m_port->setValue(url.port > 0 ? url.port : 5432);
        m_database->setText(url.database);
        m_project->setText(url.project);
        m_user->setText(url.user);
        m_options = url.options;
    } catch (const Error& e) {
        showProblem(e.message());
    }
}

QString OpenTeamDialog::location() const
{
    team::TeamUrl url;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.project = m_project->text().trimmed();
    url.user = m_user->text().trimmed();
    url.options = m_options;
    return url.location();
}

QString OpenTeamDialog::password() const
{
    return m_password->text();
}

void OpenTeamDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        m_password->clear();  // a password is typed for one attempt; a failed one is not kept
    if (team::isTeamLocation(location()) && problem.contains(QLatin1String("password")))
        m_password->setFocus();
}

void OpenTeamDialog::accept()
{
    try {
        team::TeamUrl::parse(location());  // a project name the server could hold, before anything is tried
    } catch (const Error& e) {
        showProblem(e.message());
        return;
    }
    QDialog::accept();
}

void OpenTeamDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(!m_project->text().trimmed().isEmpty());
}

}  // namespace thema
