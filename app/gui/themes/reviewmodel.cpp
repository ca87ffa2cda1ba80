#include "reviewmodel.h"

#include <QFont>

namespace thema {

ReviewModel::ReviewModel(QObject* parent) : QAbstractItemModel(parent) {}

void ReviewModel::setGroups(const QList<ReviewGroup>& groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

QString ReviewModel::countText(const ReviewGroup& g)
{
    if (g.name.isEmpty())
        return tr("%n extract(s) attributed to no group", nullptr, int(g.extracts.size()));
    const QString plural = g.name.endsWith(QLatin1Char('s')) || g.size == 1 ? g.name : g.name + QLatin1Char('s');
    return tr("%1 of %2 %3").arg(g.holders).arg(g.size).arg(plural);
}

QModelIndex ReviewModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_groups[parent.row()].extracts.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ReviewModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ReviewModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].extracts.size());
}

int ReviewModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant ReviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const ReviewGroup& g = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == 0)
            return g.name.isEmpty() || g.interviewers ? tr("%1 · %n extract(s)", nullptr, int(g.extracts.size()))
                                                                           .arg(g.name.isEmpty() ? tr("No group") : g.name)
                                    : tr("%1 — %2 · %n extract(s)", nullptr, int(g.extracts.size())).arg(g.name, countText(g));
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == GroupRole)
            return g.name;
        return {};
    }
    const ReviewGroup& g = m_groups[int(index.internalId() - 1)];
    const ReviewExtract& e = g.extracts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            // A star in an interviewer's turn stays (the analyst chose it) but the theme table cannot quote it.
            if (e.exemplar && g.interviewers)
                return tr("★ (not quotable: an interviewer's turn) %1").arg(e.text);
            return QString((e.exemplar ? QStringLiteral("★ ") : QString()) + e.text);
        case WhoColumn: return e.participant;
        case SourceColumn: return e.source;
        case CodeColumn: return QString(e.code).replace(QLatin1Char('/'), QStringLiteral("/\u200B"));  // may wrap at a level
        case CoderColumn: return e.coder;
        }
        return {};
    case Qt::ToolTipRole: return index.column() == TextColumn ? e.text : QVariant();
    case Qt::CheckStateRole: return index.column() == TextColumn ? QVariant(e.exemplar ? Qt::Checked : Qt::Unchecked) : QVariant();
    case CodingIdRole: return e.coding.id;
    case SourceIdRole: return e.coding.source;
    case SpanStartRole: return e.coding.span.start;
    case SpanEndRole: return e.coding.span.end;
    case ExemplarRole: return e.exemplar;
    default: return {};
    }
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn: return tr("Extract (tick to star as exemplar)");
    case WhoColumn: return tr("Who");
    case SourceColumn: return tr("Source");
    case CodeColumn: return tr("Code");
    case CoderColumn: return tr("Coder");
    }
    return {};
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0 && index.column() == TextColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ReviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || index.internalId() == 0 || index.column() != TextColumn)
        return false;
    const ReviewExtract& e = m_groups[int(index.internalId() - 1)].extracts[index.row()];
    const bool star = value.toInt() == Qt::Checked;
    if (star == e.exemplar)
        return false;
    emit exemplarToggled(e.coding.id, star);  // the panel pushes the command; the store's signal refreshes the model
    return true;
}

}  // namespace thema
