#include "themecolumn.h"

#include "themeboardmodel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace thema {
namespace {

QString statusColor(ThemeStatus s)
{
    switch (s) {
    case ThemeStatus::Candidate: return QStringLiteral("#b0b0b0");
    case ThemeStatus::Reviewed: return QStringLiteral("#e0a030");
    case ThemeStatus::Final: return QStringLiteral("#40a050");
    }
    return {};
}

}  // namespace

ThemeColumn::ThemeColumn(ThemeBoardModel* model, Id theme, QWidget* parent)
    : QFrame(parent), m_model(model), m_theme(theme), m_title(new QLabel), m_status(new QLabel), m_definition(new QLabel),
      m_cards(new QListView)
{
    setObjectName(QStringLiteral("themeColumn"));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setFixedWidth(230);
    const QModelIndex root = model->indexOfTheme(theme);
    const Theme* t = model->theme(theme);
    const int level = root.data(ThemeBoardModel::LevelRole).toInt();

    QString title = t->name.toHtmlEscaped();
    if (level > 0)
        title = QStringLiteral("<span style='color:gray'>%1 ▸</span><br><b>%2</b>")
                    .arg(t->path.section(QLatin1Char('/'), 0, -2).toHtmlEscaped(), title);
    else
        title = QStringLiteral("<b>%1</b>").arg(title);
    m_title->setText(title);
    m_title->setWordWrap(true);
    m_title->setToolTip(tr("Drag this header onto another column to make this a subtheme of it"));
    m_status->setText(themeStatusName(t->status));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 6px; padding: 1px 6px; }")
                                .arg(statusColor(t->status)));
    m_definition->setText(t->definition.isEmpty() ? tr("<i>No definition yet</i>") : t->definition.toHtmlEscaped());
    m_definition->setWordWrap(true);
    m_definition->setMaximumHeight(70);
    m_definition->setTextFormat(Qt::RichText);
    m_definition->setToolTip(t->definition);

    m_cards->setModel(model);
    m_cards->setRootIndex(root);
    m_cards->setDragEnabled(true);
    m_cards->setAcceptDrops(true);
    m_cards->setDropIndicatorShown(true);
    m_cards->setDragDropMode(QAbstractItemView::DragDrop);
    m_cards->setDefaultDropAction(Qt::MoveAction);
    m_cards->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_cards->setSpacing(3);
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cards->setStyleSheet(QStringLiteral("QListView::item { background: palette(base); border: 1px solid palette(mid);"
                                          " border-radius: 4px; padding: 4px; }"));
    m_cards->viewport()->installEventFilter(this);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_status, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6 + 8 * std::min(level, 2), 6, 6);
    layout->addLayout(header);
    layout->addWidget(m_definition);
    layout->addWidget(m_cards, 1);
    setCurrent(false);
}

void ThemeColumn::setCurrent(bool current)
{
    setStyleSheet(current ? QStringLiteral("thema--ThemeColumn { border: 2px solid palette(highlight); }") : QString());
    setLineWidth(current ? 2 : 1);
    setFrameShadow(current ? QFrame::Plain : QFrame::Raised);
}

void ThemeColumn::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position().toPoint();
    emit activated(m_theme);
    QFrame::mousePressEvent(event);
}

void ThemeColumn::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto* drag = new QDrag(this);
    auto* data = new QMimeData;
    data->setData(themeMime(), QByteArray::number(m_theme));
    drag->setMimeData(data);
    drag->setPixmap(m_title->grab());
    drag->exec(Qt::MoveAction);
}

void ThemeColumn::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(themeMime()) && event->mimeData()->data(themeMime()).toLongLong() != m_theme)
        event->acceptProposedAction();
}

void ThemeColumn::dropEvent(QDropEvent* event)
{
    const Id dragged = event->mimeData()->data(themeMime()).toLongLong();
    if (dragged && dragged != m_theme) {
        event->acceptProposedAction();
        emit nestRequested(dragged, m_theme);
    }
}

void ThemeColumn::contextMenuEvent(QContextMenuEvent* event)
{
    emit activated(m_theme);
    emit contextMenuRequested(m_theme, event->globalPos());
}

bool ThemeColumn::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cards->viewport() && event->type() == QEvent::MouseButtonPress)
        emit activated(m_theme);
    return QFrame::eventFilter(watched, event);
}

}  // namespace thema
