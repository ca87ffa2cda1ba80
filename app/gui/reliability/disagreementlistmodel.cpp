#include "disagreementlistmodel.h"

namespace thema {

DisagreementListModel::DisagreementListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DisagreementListModel::setDisagreements(const agreement::ProjectAgreement& compared, const std::vector<agreement::Disagreement>& list)
{
    beginResetModel();
    m_compared = compared;
    m_list = list;
    m_rows = agreement::disagreementRows(list);
    m_code = -1;
    refilter();
    endResetModel();
}

void DisagreementListModel::setCodeFilter(int codeIndex)
{
    beginResetModel();
    m_code = codeIndex;
    refilter();
    endResetModel();
}

void DisagreementListModel::refilter()
{
    m_shown.clear();
    for (int r = 0; r < int(m_rows.size()); ++r) {
        bool keep = m_code < 0;
        for (int m : m_rows[r].members)
            keep = keep || m_list[m].code == m_code;
        if (keep)
            m_shown.append(r);
    }
}

int DisagreementListModel::rowOf(int member) const
{
    for (int i = 0; i < m_shown.size(); ++i)
        for (int m : m_rows[m_shown[i]].members)
            if (m == member)
                return i;
    return -1;
}

int DisagreementListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }

int DisagreementListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString DisagreementListModel::codeLabel(const agreement::DisagreementRow& row) const
{
    const auto path = [this](int member) { return m_compared.codes.value(m_list[member].code).path; };
    if (!row.differentCodes()) {
        const agreement::Disagreement& d = m_list[row.members.front()];
        QStringList who;
        for (int k : agreement::codersWhoCoded(d))
            who.append(m_compared.coders.value(k).name);
        return who.size() == 1 ? tr("%1 (only %2)").arg(path(row.members.front()), who.first())
                               : tr("%1 (spans differ)").arg(path(row.members.front()));
    }
    // "A: X / B: Y": each coder with the code they put on the passage.
    QStringList parts;
    for (int m : row.members)
        for (int k : agreement::codersWhoCoded(m_list[m]))
            parts.append(QStringLiteral("%1: %2").arg(m_compared.coders.value(k).name, path(m)));
    return parts.join(QStringLiteral(" / "));
}

QVariant DisagreementListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const agreement::DisagreementRow& row = m_rows[m_shown[index.row()]];
    if (role == FirstMemberRole)
        return row.members.front();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return codeLabel(row);
    case SourceColumn:
        return m_compared.sources.value(m_list[row.members.front()].source).name;
    case WhereColumn:
        return QStringLiteral("%1–%2").arg(row.extent.start).arg(row.extent.end);
    default:
        return {};
    }
}

QVariant DisagreementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Disagreement");
    case SourceColumn:
        return tr("Source");
    case WhereColumn:
        return tr("Characters");
    default:
        return {};
    }
}

}  // namespace thema
