#include "quickcodepopup.h"

#include "store/projectstore.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace thema {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNewRole = Qt::UserRole + 2;  ///< the "create this code" row: passes the filter when it has a name
constexpr int kNameRole = Qt::UserRole + 3;

class CodeFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (i.data(kNewRole).toBool())
            return !i.data(kNameRole).toString().isEmpty();
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};

QIcon swatch(const QString& color)
{
    QPixmap pm(12, 12);
    pm.fill(QColor(color));
    return QIcon(pm);
}

}  // namespace

QuickCodePopup::QuickCodePopup(QWidget* parent)
    : QFrame(parent, Qt::Popup), m_edit(new QLineEdit), m_list(new QListView), m_model(new QStandardItemModel(this)),
      m_proxy(new CodeFilter(this))
{
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setObjectName(QStringLiteral("quickCodePopup"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Short enough to show whole in the popup's ~270 px ("Code name — Enter applies, a new name c…" did not).
    m_edit->setPlaceholderText(tr("A code, or a new name"));
    m_edit->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    auto* hint = new QLabel(tr("↑↓ choose · Enter apply · Esc close"));
    hint->setEnabled(false);
    layout->addWidget(hint);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, &QuickCodePopup::filterChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &QuickCodePopup::accept);
    connect(m_list, &QListView::activated, this, &QuickCodePopup::accept);
    resize(fontMetrics().averageCharWidth() * 48, fontMetrics().height() * 16);
}

void QuickCodePopup::popup(const ProjectStore& store, const QList<Id>& recent, const QPoint& globalPos)
{
    m_model->clear();
    auto* create = new QStandardItem;
    create->setData(true, kNewRole);
    m_model->appendRow(create);
    QList<Code> codes = store.codes();
    std::stable_sort(codes.begin(), codes.end(), [&](const Code& a, const Code& b) {
        const qsizetype ra = recent.indexOf(a.id), rb = recent.indexOf(b.id);
        return (ra < 0 ? 1000 : ra) < (rb < 0 ? 1000 : rb);
    });
    for (const Code& c : codes) {
        auto* item = new QStandardItem(swatch(c.color), c.path);
        item->setData(c.id, kIdRole);
        item->setToolTip(c.description.definition);
        m_model->appendRow(item);
    }
    m_edit->clear();
    filterChanged({});
    QRect geometry(globalPos, size());
    if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
        const QRect avail = screen->availableGeometry();
        if (geometry.bottom() > avail.bottom())
            geometry.moveBottom(globalPos.y() - 2 * fontMetrics().height());
        if (geometry.right() > avail.right())
            geometry.moveRight(avail.right());
    }
    move(geometry.topLeft());
    show();
    m_edit->setFocus();
}

void QuickCodePopup::filterChanged(const QString& text)
{
    const QString name = text.trimmed();
    bool exact = false;
    for (int r = 1; r < m_model->rowCount(); ++r) {
        const QString path = m_model->item(r)->text();
        exact = exact || path.compare(name, Qt::CaseInsensitive) == 0 ||
                path.section(QLatin1Char('/'), -1).compare(name, Qt::CaseInsensitive) == 0;
    }
    QStandardItem* create = m_model->item(0);
    const QString newName = !m_canCreate || name.isEmpty() || exact ? QString() : name;
    create->setData(newName, kNameRole);
    create->setText(tr("New code: %1").arg(newName));
    create->setData(tr("Create the code \"%1\" and apply it").arg(name), Qt::ToolTipRole);
    create->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_proxy->setFilterFixedString(name);
    m_proxy->invalidate();
    // The best match is the first existing code; the create row only when nothing else matches.
    const int first = m_proxy->rowCount() > 1 && !newName.isEmpty() ? 1 : 0;
    m_list->setCurrentIndex(m_proxy->index(first, 0));
}

void QuickCodePopup::accept()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    hide();
    if (current.data(kNewRole).toBool())
        emit newCodeRequested(current.data(kNameRole).toString());
    else
        emit codeChosen(current.data(kIdRole).toLongLong());
}

bool QuickCodePopup::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
            key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

}  // namespace thema
