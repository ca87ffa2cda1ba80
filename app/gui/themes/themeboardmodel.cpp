#include "themeboardmodel.h"

#include "themes/commands/linkthemecodes.h"
#include "themes/commands/renametheme.h"

#include "mimetypes.h"
#include "session.h"
#include "store/projectstore.h"

#include <QIcon>
#include <QMimeData>
#include <QPixmap>

#include <algorithm>

namespace thema {
namespace {

// Internal ids: a theme row carries 0, a card carries its theme row + 1.
quintptr cardTag(int themeRow) { return quintptr(themeRow) + 1; }

}  // namespace

ThemeBoardModel::ThemeBoardModel(QObject* parent) : QAbstractItemModel(parent) {}

Session* ThemeBoardModel::session() const { return m_session; }

void ThemeBoardModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // Queued: a drop or an edit commits from inside a view, which a reset must not delete under it.
        connect(&session->store(), &ProjectStore::themesChanged, this, &ThemeBoardModel::reload, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::codesChanged, this, &ThemeBoardModel::reload, Qt::QueuedConnection);
    }
    reload();
}

void ThemeBoardModel::reload()
{
    beginResetModel();
    m_themes.clear();
    m_codes.clear();
    m_cards.clear();
    const bool read = !m_session || m_session->guardedRead([&] {
        m_themes = m_session->store().themes();
        for (const Code& c : m_session->store().codes())
            m_codes.insert(c.id, c);
        for (const Theme& t : m_themes) {
            QList<Id> cards;
            for (Id c : t.codes)
                if (m_codes.contains(c))
                    cards.append(c);
            std::sort(cards.begin(), cards.end(), [this](Id a, Id b) {
                return QString::localeAwareCompare(m_codes[a].path, m_codes[b].path) < 0;
            });
            m_cards.append(cards);
        }
    });
    if (!read) {  // the project could not be read: an empty board, and the message from the session
        m_themes.clear();
        m_codes.clear();
        m_cards.clear();
    }
    endResetModel();
}

const Theme* ThemeBoardModel::theme(Id id) const
{
    for (const Theme& t : m_themes)
        if (t.id == id)
            return &t;
    return nullptr;
}

QModelIndex ThemeBoardModel::indexOfTheme(Id theme) const
{
    for (int i = 0; i < m_themes.size(); ++i)
        if (m_themes[i].id == theme)
            return createIndex(i, 0, quintptr(0));
    return {};
}

Id ThemeBoardModel::themeAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return 0;
    const int row = index.internalId() ? int(index.internalId() - 1) : index.row();
    return row < m_themes.size() ? m_themes[row].id : 0;
}

QModelIndex ThemeBoardModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_themes.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_cards.size() || row >= m_cards[parent.row()].size())
        return {};
    return createIndex(row, 0, cardTag(parent.row()));
}

QModelIndex ThemeBoardModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ThemeBoardModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_themes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_cards.value(parent.row()).size());
}

QVariant ThemeBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Theme& t = m_themes[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole: return t.name;
        case Qt::ToolTipRole: return t.definition.isEmpty() ? t.path : t.path + QStringLiteral("\n\n") + t.definition;
        case ThemeIdRole: return t.id;
        case ThemeGuidRole: return t.guid;
        case LevelRole: return int(t.path.count(QLatin1Char('/')));
        case StatusRole: return int(t.status);
        case DefinitionRole: return t.definition;
        case PathRole: return t.path;
        default: return {};
        }
    }
    const int themeRow = int(index.internalId() - 1);
    const Code& c = m_codes[m_cards[themeRow][index.row()]];
    switch (role) {
    case Qt::DisplayRole: return c.name;
    case Qt::ToolTipRole: return c.description.definition.isEmpty() ? c.path : c.path + QStringLiteral("\n\n") + c.description.definition;
    case Qt::DecorationRole: {
        QPixmap pm(12, 12);
        pm.fill(QColor(c.color));
        return QIcon(pm);
    }
    case ThemeIdRole: return m_themes[themeRow].id;
    case ThemeGuidRole: return m_themes[themeRow].guid;
    case CodeIdRole: return c.id;
    case PathRole: return c.path;
    case ColorRole: return c.color;
    default: return {};
    }
}

Qt::ItemFlags ThemeBoardModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
}

bool ThemeBoardModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_session || role != Qt::EditRole || !index.isValid() || index.internalId() != 0)
        return false;
    const Theme& t = m_themes[index.row()];
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == t.name)
        return false;
    return m_session->push(new RenameTheme(*m_session, t.guid, t.name, name, t.version));
}

QStringList ThemeBoardModel::mimeTypes() const { return {mime::codes(), originMime()}; }

QMimeData* ThemeBoardModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList ids;
    Id origin = 0;
    for (const QModelIndex& i : indexes)
        if (i.isValid() && i.internalId() != 0) {
            ids.append(QString::number(i.data(CodeIdRole).toLongLong()));
            origin = themeAt(i);
        }
    if (ids.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    data->setData(mime::codes(), ids.join(QLatin1Char(' ')).toUtf8());
    data->setData(originMime(), QByteArray::number(origin));
    data->setText(ids.join(QLatin1Char(' ')));
    return data;
}

bool ThemeBoardModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    return m_session && data && data->hasFormat(mime::codes()) && themeAt(parent) != 0;
}

bool ThemeBoardModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<Id> codes;
    for (const QString& s : QString::fromUtf8(data->data(mime::codes())).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (const Id id = s.toLongLong(); m_codes.contains(id) && !codes.contains(id))
            codes.append(id);
    const Id target = themeAt(parent);
    const Id origin = data->hasFormat(originMime()) ? data->data(originMime()).toLongLong() : 0;
    if (codes.isEmpty() || origin == target)
        return false;
    const Theme* t = theme(target);
    const Theme* from = action == Qt::MoveAction ? theme(origin) : nullptr;
    m_session->push(new LinkThemeCodes(*m_session, t->guid, codes, from ? from->guid : QString()));
    // Never report a move as done: the view would then remove the dragged rows itself; the store's reload does it.
    return false;
}

}  // namespace thema
