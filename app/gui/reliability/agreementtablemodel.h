#pragma once

#include "agreement/projectagreement.h"

#include <QAbstractTableModel>

namespace thema {

/**
 * The agreement figures as a table: the pooled row first, then one row per code; columns are the code and the
 * figures core/agreement's report shows for the unit (report::columnsFor), with intervals where computed.
 */
class AgreementTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { CodeIndexRole = Qt::UserRole + 1, KeyRole, ValueRole /**< the figure as a number; invalid when undefined */ };

    explicit AgreementTableModel(QObject* parent = nullptr);
    void setAgreement(const agreement::ProjectAgreement& agreement);
    const QStringList& keys() const { return m_keys; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    agreement::ProjectAgreement m_agreement;
    QStringList m_keys;
};

}  // namespace thema
