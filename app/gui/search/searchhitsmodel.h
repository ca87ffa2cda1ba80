#pragma once

#include "core/search/searchtypes.h"

#include <QAbstractTableModel>

namespace thema {

/**
 * Search hits as keyword-in-context rows: left context | match | right context | speaker | source. A thin
 * adapter over SearchResult::hits; each row carries the hit's source and code-point span (roles).
 */
class SearchHitsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LeftColumn, MatchColumn, RightColumn, SpeakerColumn, SourceColumn, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1, SpanStartRole, SpanEndRole };

    explicit SearchHitsModel(QObject* parent = nullptr);
    void setHits(const QList<SearchHit>& hits);
    const QList<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

}  // namespace thema
