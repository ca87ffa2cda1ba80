#include "sourcespanel.h"

#include "session.h"
#include "sourcemodel.h"
#include "store/projectstore.h"
#include "viewstatekeeper.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace thema {

SourcesPanel::SourcesPanel(QWidget* parent)
    : QWidget(parent), m_model(new SourceModel(this)), m_grouping(new QComboBox), m_view(new QTreeView)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Group by:"));
    label->setBuddy(m_grouping);
    row->addWidget(label);
    row->addWidget(m_grouping, 1);
    layout->addLayout(row);
    layout->addWidget(m_view);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("sourcesTree"));
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideMiddle);  // "interview_2024_P01…" alike names differ at their ends
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_grouping, &QComboBox::activated, this, [this] {
        const QString g = m_grouping->currentData().toString();
        QSettings().setValue(QStringLiteral("sources/grouping"), g);
        m_model->setGrouping(g);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        refreshGroupings();
    });
    auto open = [this](const QModelIndex& i) {
        if (const Id s = m_model->sourceAt(i.siblingAtColumn(0)))
            emit sourceActivated(s);
    };
    connect(m_view, &QTreeView::activated, this, open);
    m_keeper = new ViewStateKeeper(m_view, SourceModel::IdRole);
    connect(m_view, &QTreeView::clicked, this, open);
    // By role by default: what a thematic analysis compares (clinicians, service users, family members).
    m_model->setGrouping(QSettings().value(QStringLiteral("sources/grouping"), QStringLiteral("role")).toString());
}

void SourcesPanel::setSession(Session* session)
{
    m_model->setSession(session);
    m_keeper->forget();
}

void SourcesPanel::refreshGroupings()
{
    m_grouping->clear();
    m_grouping->addItem(tr("Participant"), QStringLiteral("participant"));
    m_grouping->addItem(tr("Nothing (a flat list)"), QString());
    for (const QString& key : m_model->attributeKeys())
        m_grouping->addItem(key, key);
    const int current = m_grouping->findData(m_model->grouping());
    if (current < 0 && m_model->rowCount() > 0) {
        // The saved grouping names an attribute this project lacks: fall back to participants.
        m_model->setGrouping(QStringLiteral("participant"));
        return;
    }
    m_grouping->setCurrentIndex(std::max(0, current));
}

void SourcesPanel::selectSource(Id source)
{
    const QModelIndex i = m_model->indexOf(source);
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

}  // namespace thema
