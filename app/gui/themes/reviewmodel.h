#pragma once

#include "model/entities.h"

#include <QAbstractItemModel>

namespace thema {

class AnalysisData;

/** One coded extract of the reviewed theme. */
struct ReviewExtract {
    Coding coding;
    QString text;         ///< the coded span, normalised
    QString participant;  ///< attribution label, e.g. "(Participant 11, clinician)"; empty when nobody
    QString source;
    QString code;         ///< the code's path
    QString coder;
    bool exemplar = false;
};

/** A participant group of the reviewed theme: "8 of 11" and its extracts. */
struct ReviewGroup {
    QString name;         ///< the group attribute's value; empty: not attributed to a group
    bool interviewers = false;  ///< the interviewers' own words coded under the theme: listed, never counted
    int holders = 0;      ///< participants of the group holding the theme (ThemeTable)
    int size = 0;         ///< participants of the group (ThemeTable's denominator)
    QList<ReviewExtract> extracts;
};

/**
 * The extracts of a theme grouped by participant group (two levels: groups, then extracts). Columns: extract,
 * who, source, code, coder; column 0 of an extract carries the exemplar star (CheckStateRole): toggling it
 * emits exemplarToggled, and the panel pushes the undo command. Counts come from core/analysis's theme table.
 */
class ReviewModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { CodingIdRole = Qt::UserRole + 1, SourceIdRole, SpanStartRole, SpanEndRole, ExemplarRole, GroupRole };
    enum Column { TextColumn, WhoColumn, SourceColumn, CodeColumn, CoderColumn, ColumnCount };

    explicit ReviewModel(QObject* parent = nullptr);
    void setGroups(const QList<ReviewGroup>& groups);
    const QList<ReviewGroup>& groups() const { return m_groups; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /** "8 of 11 clinicians" for a group. */
    static QString countText(const ReviewGroup& group);

signals:
    void exemplarToggled(thema::Id coding, bool exemplar);

private:
    QList<ReviewGroup> m_groups;
};

}  // namespace thema
