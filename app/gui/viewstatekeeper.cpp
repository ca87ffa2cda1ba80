#include "viewstatekeeper.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QTimer>

namespace thema {
namespace {

QString keyOf(const QModelIndex& index, int idRole)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const qlonglong id = first.data(idRole).toLongLong();
    if (id != 0)
        return QStringLiteral("#%1").arg(id);
    QString path = first.data().toString();
    for (QModelIndex p = first.parent(); p.isValid(); p = p.parent())
        path = p.data().toString() + QLatin1Char('/') + path;
    return QStringLiteral("/") + path;
}

void collect(const QAbstractItemModel& model, const QModelIndex& parent, int idRole, const QStringList& wanted,
             QHash<QString, QModelIndex>& found)
{
    for (int r = 0; r < model.rowCount(parent) && found.size() < wanted.size(); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        const QString key = keyOf(i, idRole);
        if (wanted.contains(key))
            found.insert(key, i);
        collect(model, i, idRole, wanted, found);
    }
}

}  // namespace

ViewStateKeeper::ViewStateKeeper(QAbstractItemView* view, int idRole) : QObject(view), m_view(view), m_idRole(idRole)
{
    QAbstractItemModel* model = view->model();
    Q_ASSERT(model);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ViewStateKeeper::remember);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_pending)
            QTimer::singleShot(0, this, &ViewStateKeeper::restore);
    });
}

void ViewStateKeeper::remember()
{
    if (m_pending)  // two resets before the restore: keep what the user had
        return;
    const QModelIndex current = m_view->currentIndex();
    m_current = current.isValid() ? keyOf(current, m_idRole) : QString();
    m_selected.clear();
    if (m_view->selectionModel())
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
            m_selected.append(keyOf(i, m_idRole));
    m_scroll = m_view->verticalScrollBar()->value();
    m_pending = !m_current.isEmpty() || !m_selected.isEmpty() || m_scroll != 0;
}

void ViewStateKeeper::forget()
{
    m_pending = false;
}

void ViewStateKeeper::restore()
{
    if (!m_pending)
        return;
    m_pending = false;
    QItemSelectionModel* selection = m_view->selectionModel();
    if (!selection || m_view->currentIndex().isValid())
        return;  // another project, or a panel chose an item itself (e.g. the code just added)
    QStringList wanted = m_selected;
    if (!m_current.isEmpty() && !wanted.contains(m_current))
        wanted.append(m_current);
    QHash<QString, QModelIndex> found;
    collect(*m_view->model(), {}, m_idRole, wanted, found);
    m_view->doItemsLayout();  // the scroll range of the reloaded rows
    if (found.contains(m_current))
        selection->setCurrentIndex(found.value(m_current), QItemSelectionModel::NoUpdate);
    QItemSelection rows;
    for (const QString& key : std::as_const(m_selected))
        if (found.contains(key))
            rows.select(found.value(key), found.value(key));
    selection->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->verticalScrollBar()->setValue(m_scroll);
}

}  // namespace thema
