#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace thema {

class Session;

/**
 * Participants (rows) by attributes (columns): name, interviewer, then one column per attribute key.
 * Editing a cell pushes SetAttribute (an empty value removes the attribute). New keys can be added as columns.
 */
class ParticipantModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ParticipantModel(QObject* parent = nullptr);
    void setSession(Session* session);
    void addKey(const QString& key);
    QStringList keys() const { return m_keys; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void reload();

    QPointer<Session> m_session;
    QList<Participant> m_people;
    QStringList m_keys;
};

}  // namespace thema
