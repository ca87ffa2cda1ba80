#include "welcomepage.h"

#include "recentprojects.h"

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
    auto* demo = new QPushButton(tr("Open the &demo"));
    buttons->addWidget(create);
    buttons->addWidget(open);
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
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit recentChosen(item->data(Qt::UserRole).toString()); });
    refresh();
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString& path : recent::projects()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(QFileInfo(path).fileName(), QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        m_recent->addItem(item);
    }
}

}  // namespace thema
