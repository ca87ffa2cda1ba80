#pragma once

#include "agreement/disagreementrows.h"
#include "agreement/projectagreement.h"

#include <QAbstractTableModel>

namespace thema {

/**
 * Every disagreement of a comparison as a table (code, source, where, who coded what), one row per
 * agreement::DisagreementRow — different codes on one passage are one row, "A: X / B: Y". Filtered by code.
 */
class DisagreementListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CodeColumn, SourceColumn, WhereColumn, ColumnCount };
    enum Role { FirstMemberRole = Qt::UserRole + 1 /**< index into the disagreement list */ };

    explicit DisagreementListModel(QObject* parent = nullptr);
    void setDisagreements(const agreement::ProjectAgreement& compared, const std::vector<agreement::Disagreement>& list);
    /** Shows only rows involving code @p codeIndex (an index into the comparison's codes); -1 shows all. */
    void setCodeFilter(int codeIndex);
    /** The row showing disagreement @p member, or -1 (filtered out). */
    int rowOf(int member) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString codeLabel(const agreement::DisagreementRow& row) const;
    void refilter();

    agreement::ProjectAgreement m_compared;
    std::vector<agreement::Disagreement> m_list;
    std::vector<agreement::DisagreementRow> m_rows;
    QList<int> m_shown;  ///< indexes into m_rows
    int m_code = -1;
};

}  // namespace thema
