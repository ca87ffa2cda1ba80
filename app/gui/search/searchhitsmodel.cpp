#include "searchhitsmodel.h"

#include <QFont>

namespace thema {

SearchHitsModel::SearchHitsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchHitsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchHitsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_hits.size()); }

int SearchHitsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SearchHitsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit& h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LeftColumn: return h.kwic.left;
        case MatchColumn: return h.kwic.match;
        case RightColumn: return h.kwic.right;
        case SpeakerColumn:
            return h.participantName.isEmpty() || h.participantName == h.speaker ? h.speaker
                                                                                : QStringLiteral("%1 (%2)").arg(h.speaker, h.participantName);
        case SourceColumn: return h.sourceName;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LeftColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : (index.column() == MatchColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (index.column() == MatchColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: return QString(h.kwic.left + QStringLiteral(" [") + h.kwic.match + QStringLiteral("] ") + h.kwic.right);
    case SourceIdRole: return h.source;
    case SpanStartRole: return h.span.start;
    case SpanEndRole: return h.span.end;
    default: return {};
    }
}

QVariant SearchHitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LeftColumn: return tr("Left context");
    case MatchColumn: return tr("Match");
    case RightColumn: return tr("Right context");
    case SpeakerColumn: return tr("Speaker");
    case SourceColumn: return tr("Source");
    }
    return {};
}

}  // namespace thema
