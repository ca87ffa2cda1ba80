#include "codebookpanel.h"

#include "codebookmodel.h"
#include "codingactions.h"
#include "commands/addcode.h"
#include "commands/mergecode.h"
#include "commands/movecode.h"
#include "commands/removecode.h"
#include "commands/setcodecolor.h"
#include "commands/setmemo.h"
#include "session.h"
#include "store/projectstore.h"
#include "viewstatekeeper.h"

#include <QColorDialog>

#include <algorithm>
#include <QCoreApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace thema {

CodebookPanel::CodebookPanel(CodingActions* actions, QWidget* parent)
    : QWidget(parent), m_actions(actions), m_model(new CodebookModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTreeView), m_filter(new QLineEdit)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Filter codes"));
    m_filter->setClearButtonEnabled(true);
    auto* add = new QToolButton;
    add->setText(tr("New"));
    add->setToolTip(tr("New code (Ctrl+Shift+N)"));
    add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    add->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row->addWidget(m_filter);
    row->addWidget(add);
    layout->addLayout(row);
    layout->addWidget(m_view);

    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);
    m_view->setModel(m_proxy);
    m_view->setObjectName(QStringLiteral("codebookTree"));
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(add, &QToolButton::clicked, this, [this] { newCode(0); });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &CodebookPanel::showMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& i) {
        m_actions->applyCode(m_model->codeAt(m_proxy->mapToSource(i).siblingAtColumn(0)));
    });
    connect(m_model, &CodebookModel::spanDropped, m_actions, &CodingActions::codeSpan);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        keepNamesReadable();
    });
    m_keeper = new ViewStateKeeper(m_view, CodebookModel::IdRole);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { emit codeSelected(currentCode()); });
}

void CodebookPanel::setSession(Session* session)
{
    m_session = session;
    m_model->setSession(session);
    m_keeper->forget();
    m_view->expandAll();
}

Id CodebookPanel::currentCode() const
{
    return m_model->codeAt(m_proxy->mapToSource(m_view->currentIndex()).siblingAtColumn(0));
}

void CodebookPanel::selectCode(Id code)
{
    const QModelIndex i = m_proxy->mapFromSource(m_model->indexOf(code));
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
}

void CodebookPanel::newCode(Id parent)
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New code"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Code code;
    code.parent = parent;
    code.name = name;
    auto* command = new AddCode(*m_session, code);
    if (m_session->push(command)) {
        QCoreApplication::processEvents();  // the model rebuilds on a queued signal
        selectCode(command->codeId());
    }
}

void CodebookPanel::recolor(Id id)
{
    const Code* c = m_model->code(id);
    if (!c || !m_session)
        return;
    const QColor color = QColorDialog::getColor(QColor(c->color), this, tr("Colour of \"%1\"").arg(c->name));
    if (color.isValid() && color.name() != c->color)
        m_session->push(new SetCodeColor(*m_session, id, c->color, color.name(), c->version));
}

void CodebookPanel::mergeInto(Id from)
{
    const Code* c = m_model->code(from);
    if (!c || !m_session)
        return;
    QStringList paths;
    QList<Id> ids;
    for (const Code& other : m_model->codes())
        if (other.id != from && !other.path.startsWith(c->path + QLatin1Char('/'))) {
            paths.append(other.path);
            ids.append(other.id);
        }
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Merge code"),
                                                 tr("Merge \"%1\" into (its codings, subcodes and memos move there):").arg(c->path),
                                                 paths, 0, false, &ok);
    if (!ok || target.isEmpty())
        return;
    const Id into = ids[paths.indexOf(target)];
    m_session->push(new MergeCode(*m_session, from, into, tr("Merge \"%1\" into \"%2\"").arg(c->name, target)));
}

void CodebookPanel::remove(Id id)
{
    const Code* c = m_model->code(id);
    if (!c || !m_session)
        return;
    if (QMessageBox::question(this, tr("Delete code"),
                              tr("Delete \"%1\" with its subcodes and all their codings? (Undo brings them back.)").arg(c->path)) !=
        QMessageBox::Yes)
        return;
    m_session->push(new RemoveCode(*m_session, id, c->name));
}

void CodebookPanel::editMemo(Id id)
{
    const Code* c = m_model->code(id);
    if (!c || !m_session)
        return;
    const QList<Memo> memos = m_session->store().memosFor(MemoTarget::Code, id);
    const QString old = memos.isEmpty() ? QString() : memos.first().text;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Code memo"), tr("Memo on \"%1\":").arg(c->path), old, &ok);
    if (ok && text != old) {
        const auto coder = m_session->store().coder(m_session->coder());
        m_session->push(new SetMemo(*m_session, MemoTarget::Code, id, c->name, text, coder ? coder->name : QString()));
    }
}

void CodebookPanel::showMenu(const QPoint& pos)
{
    const Id id = m_model->codeAt(m_proxy->mapToSource(m_view->indexAt(pos)).siblingAtColumn(0));
    QMenu menu(this);
    if (id) {
        menu.addAction(tr("Apply to selection"), this, [this, id] { m_actions->applyCode(id); });
        menu.addSeparator();
    }
    menu.addAction(tr("New code…"), this, [this] { newCode(0); });
    if (id) {
        menu.addAction(tr("New subcode…"), this, [this, id] { newCode(id); });
        menu.addAction(tr("Rename"), this, [this, pos] { m_view->edit(m_view->indexAt(pos).siblingAtColumn(0)); });
        menu.addAction(tr("Colour…"), this, [this, id] { recolor(id); });
        menu.addAction(tr("Memo…"), this, [this, id] { editMemo(id); });
        menu.addAction(tr("Merge into…"), this, [this, id] { mergeInto(id); });
        menu.addAction(tr("Move to top level"), this, [this, id] {
            if (m_session)
                m_session->push(new MoveCode(*m_session, id, 0, -1, tr("Move code to top level")));
        });
        menu.addSeparator();
        menu.addAction(tr("Delete…"), this, [this, id] { remove(id); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CodebookPanel::keepNamesReadable()
{
    // One count column per coder: with three or more coders they took the whole panel and the names fell to "A…" or
    // nothing. The panel asks for room for the counts plus about 12 characters of a name at the second level.
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 12;  // a count up to 9999
    int counts = 0;
    for (int c = 1; c < m_model->columnCount(); ++c)
        counts += std::max(m_view->header()->sectionSizeHint(c), digits);
    const int name = 12 * fontMetrics().averageCharWidth() + 2 * m_view->indentation();
    const int chrome = m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() + 8;
    setMinimumWidth(counts + name + chrome);
}

}  // namespace thema
