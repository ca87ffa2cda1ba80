#include "codebookmodel.h"

#include "commands/movecode.h"
#include "commands/renamecode.h"
#include "mimetypes.h"
#include "session.h"

#include <QIcon>
#include <QMimeData>
#include <QPixmap>

namespace thema {
namespace {

QIcon swatch(const QString& color)
{
    QPixmap pm(14, 14);
    pm.fill(QColor(color));
    return QIcon(pm);
}

}  // namespace

CodebookModel::CodebookModel(QObject* parent) : QAbstractItemModel(parent) {}

void CodebookModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // Queued: a rename commits from inside the view's editor, which a reset must not delete under it.
        connect(&session->store(), &ProjectStore::codesChanged, this, &CodebookModel::reload, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::codersChanged, this, &CodebookModel::reload, Qt::QueuedConnection);
        // Counts follow at the next turn of the event loop, so a new coding paints first and bursts count once.
        connect(&session->store(), &ProjectStore::codingsChanged, this, &CodebookModel::recount, Qt::QueuedConnection);
        connect(session, &Session::visibilityChanged, this, &CodebookModel::reload);
    }
    reload();
}

void CodebookModel::reload()
{
    beginResetModel();
    m_resetting = true;
    m_codes.clear();
    m_byId.clear();
    m_children.clear();
    m_coders.clear();
    const bool read = !m_session || m_session->guardedRead([&] {
        m_codes = m_session->store().codes();
        for (int i = 0; i < m_codes.size(); ++i) {
            m_byId.insert(m_codes[i].id, i);
            m_children[m_codes[i].parent].append(m_codes[i].id);
        }
        for (const Coder& c : m_session->store().coders())
            if (m_session->isVisible(c.id))
                m_coders.append(c);
    });
    if (!read) {  // the project could not be read: an empty codebook, and the message from the session
        m_codes.clear();
        m_byId.clear();
        m_children.clear();
        m_coders.clear();
    }
    recount();
    m_resetting = false;
    endResetModel();
}

void CodebookModel::recount()
{
    m_counts.clear();
    if (!m_session)
        return;
    if (!m_session->guardedRead([&] {
            for (const CodeCount& c : m_session->store().codeCounts())
                m_counts.insert({c.code, c.coder}, c);
        }))
        m_counts.clear();
    if (m_resetting || m_coders.isEmpty())
        return;
    for (const Code& c : m_codes) {
        const QModelIndex first = indexOf(c.id);
        emit dataChanged(first.siblingAtColumn(1), first.siblingAtColumn(columnCount() - 1), {Qt::DisplayRole});
    }
}

const QList<Id>& CodebookModel::childrenOf(Id parent) const
{
    static const QList<Id> none;
    const auto it = m_children.constFind(parent);
    return it == m_children.cend() ? none : *it;
}

const Code* CodebookModel::code(Id id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_codes[*it];
}

QModelIndex CodebookModel::indexOf(Id id) const
{
    const Code* c = code(id);
    if (!c)
        return {};
    return createIndex(int(childrenOf(c->parent).indexOf(id)), 0, quintptr(id));
}

Id CodebookModel::codeAt(const QModelIndex& index) const
{
    return index.isValid() ? Id(index.internalId()) : 0;
}

QModelIndex CodebookModel::index(int row, int column, const QModelIndex& parent) const
{
    const QList<Id>& kids = childrenOf(codeAt(parent));
    if (row < 0 || row >= kids.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column, quintptr(kids[row]));
}

QModelIndex CodebookModel::parent(const QModelIndex& child) const
{
    const Code* c = code(codeAt(child));
    return c && c->parent ? indexOf(c->parent) : QModelIndex();
}

int CodebookModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(codeAt(parent)).size());
}

int CodebookModel::columnCount(const QModelIndex&) const
{
    return 1 + int(m_coders.size());
}

QVariant CodebookModel::data(const QModelIndex& index, int role) const
{
    const Code* c = code(codeAt(index));
    if (!c)
        return {};
    if (index.column() > 0) {
        const Coder& coder = m_coders[index.column() - 1];
        const CodeCount n = m_counts.value({c->id, coder.id});
        if (role == Qt::DisplayRole)
            return n.codings ? QVariant(n.codings) : QVariant();
        if (role == Qt::ToolTipRole)
            return QString(tr("%1: %n coding(s)", nullptr, int(n.codings)).arg(coder.name) + tr(" in %n source(s)", nullptr, int(n.sources)));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c->name;
    case Qt::DecorationRole:
        return swatch(c->color);
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(c->path.toHtmlEscaped());
        if (!c->description.definition.isEmpty())
            tip += QStringLiteral("<br>") + c->description.definition.toHtmlEscaped();
        return tip;
    }
    case IdRole:
        return c->id;
    case PathRole:
        return c->path;
    case ColorRole:
        return QColor(c->color);
    case TotalRole: {
        qint64 total = 0;
        for (const Coder& coder : m_coders)
            total += m_counts.value({c->id, coder.id}).codings;
        return total;
    }
    default:
        return {};
    }
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == 0)
        return tr("Code");
    const QString name = section - 1 < m_coders.size() ? m_coders[section - 1].name : QString();
    if (role == Qt::ToolTipRole)
        return tr("Codings by %1").arg(name);
    // Count columns stay narrow, so that three or more coders leave room for the codes' names: a long name
    // shows as its first four letters (the tooltip has it whole).
    return name.size() <= 5 ? name : name.left(4) + QStringLiteral("…");
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == 0)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CodebookModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Code* c = code(codeAt(index));
    if (!c || role != Qt::EditRole || index.column() != 0 || !m_session)
        return false;
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == c->name)
        return false;
    return m_session->push(new RenameCode(*m_session, c->id, c->name, name, c->version));
}

QStringList CodebookModel::mimeTypes() const
{
    return {mime::codes(), mime::span()};
}

QMimeData* CodebookModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    for (const QModelIndex& i : indexes)
        if (i.column() == 0)
            ids.append(QString::number(codeAt(i)));
    auto* data = new QMimeData;
    data->setData(mime::codes(), ids.join(QLatin1Char(' ')).toUtf8());
    return data;
}

bool CodebookModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent) const
{
    if (data->hasFormat(mime::span()))
        return parent.isValid() && row < 0;  // onto a code, not between codes
    return data->hasFormat(mime::codes());
}

bool CodebookModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!m_session || !canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = codeAt(parent.siblingAtColumn(0));
    if (data->hasFormat(mime::span())) {
        const QStringList parts = QString::fromUtf8(data->data(mime::span())).split(QLatin1Char(' '));
        if (parts.size() != 3)
            return false;
        emit spanDropped(parts[0].toLongLong(), Span{parts[1].toLongLong(), parts[2].toLongLong()}, target);
        return true;
    }
    const QList<Id>& siblings = childrenOf(target);
    int position = -1;
    if (row >= 0 && row < siblings.size())
        position = code(siblings[row])->position;
    bool moved = false;
    for (const QString& s : QString::fromUtf8(data->data(mime::codes())).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const Code* c = code(s.toLongLong());
        if (!c || c->id == target)
            continue;
        const Code* parentCode = code(target);
        const QString text = parentCode ? tr("Move \"%1\" under \"%2\"").arg(c->name, parentCode->name)
                                        : tr("Move \"%1\"").arg(c->name);
        moved = m_session->push(new MoveCode(*m_session, c->id, target, position, text)) || moved;
    }
    return false;  // the store's signal rebuilds the tree; the view must not remove the dragged rows itself
}

}  // namespace thema
