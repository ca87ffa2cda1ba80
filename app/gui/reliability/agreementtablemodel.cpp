#include "agreementtablemodel.h"

#include "agreement/report.h"

#include <QFont>

namespace thema {

AgreementTableModel::AgreementTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgreementTableModel::setAgreement(const agreement::ProjectAgreement& agreement)
{
    beginResetModel();
    m_agreement = agreement;
    m_keys = agreement.coders.size() >= 2 ? agreement::report::columnsFor(agreement.result.unit, int(agreement.coders.size())) : QStringList();
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_keys.isEmpty() ? 0 : int(m_agreement.result.perCode.size()) + 1;
}

int AgreementTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_keys.size()) + 1; }

QVariant AgreementTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const bool pooled = index.row() == 0;
    const agreement::FigureRow* row = pooled ? nullptr : &m_agreement.result.perCode[index.row() - 1];
    const QJsonObject& figures = pooled ? m_agreement.result.pooled : row->figures;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return pooled ? tr("All codes (pooled)") : m_agreement.codes.value(row->code).path;
        return agreement::report::cell(figures, m_keys[index.column() - 1]);
    case Qt::FontRole:
        if (pooled) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case CodeIndexRole: return pooled ? -1 : row->code;
    case KeyRole: return index.column() == 0 ? QString() : m_keys[index.column() - 1];
    case ValueRole:
        if (const QJsonValue v = figures.value(m_keys.value(index.column() - 1)); index.column() > 0 && v.isDouble())
            return v.toDouble();
        return {};
    default: return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Code") : agreement::report::heading(m_keys.value(section - 1));
}

}  // namespace thema
