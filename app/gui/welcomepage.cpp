#include "welcomepage.h"

#include "recentprojects.h"
#include "store/postgres/teamurl.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace thema {

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent), m_recent(new QListWidget)
{
    auto* outer = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    auto* title = new QLabel(tr("<h1>Thema</h1><p>Qualitative thematic analysis of interview transcripts.</p>"
                                "<p>Start a project, open one, or explore the demo study (fictional interviews, "
                                "two coders, a codebook and themes).</p>"));
    title->setWordWrap(true);
    column->addStretch(1);
    column->addWidget(title);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&New project…"));
    auto* open = new QPushButton(tr("&Open project…"));
    auto* team = new QPushButton(tr("Open &team project…"));
    team->setObjectName(QStringLiteral("openTeamButton"));
    auto* demo = new QPushButton(tr("Open the &demo"));
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addWidget(team);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    column->addLayout(buttons);
    auto* label = new QLabel(tr("&Recent projects"));
    label->setBuddy(m_recent);
    column->addWidget(label);
    column->addWidget(m_recent, 2);
    column->addStretch(1);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(team, &QPushButton::clicked, this, &WelcomePage::openTeamRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->setObjectName(QStringLiteral("recentProjects"));
    m_recent->clear();
    for (const QString& path : recent::projects()) {
        // A team project: its name and host, with its whole address (never a password) beside it.
        auto* item = new QListWidgetItem(team::isTeamLocation(path)
                                             ? QStringLiteral("%1 — %2").arg(team::displayName(path), path)
                                             : QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        m_recent->addItem(item);
    }
}

}  // namespace thema
