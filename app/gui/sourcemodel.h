#pragma once

#include "model/entities.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

class QTimer;

namespace thema {

class Session;

/**
 * The sources navigator: sources grouped by participant, by one participant attribute (e.g. role), or not at
 * all, with the number of sources per group and of (shown) codings per source. An adapter over the store,
 * rebuilt on sourcesChanged / participantsChanged and recounted per source on codingsChanged.
 *
 * A source's participant is its own, or else the first non-interviewer participant who speaks in it.
 */
class SourceModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, IsGroupRole };

    explicit SourceModel(QObject* parent = nullptr);
    void setSession(Session* session);

    /** "" (no grouping), "participant", or an attribute key. */
    void setGrouping(const QString& grouping);
    QString grouping() const { return m_grouping; }
    /** The attribute keys of the project's participants, for the grouping menu. */
    QStringList attributeKeys() const;

    Id sourceAt(const QModelIndex& index) const;
    QModelIndex indexOf(Id source) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString name;
        QList<int> sources;  ///< indexes into m_sources
    };
    void reload();
    void recount(const QList<Id>& sources);
    bool grouped() const { return !m_grouping.isEmpty(); }

    QPointer<Session> m_session;
    QString m_grouping = QStringLiteral("participant");
    QList<Source> m_sources;
    QHash<Id, Participant> m_participantOf;  ///< source → its participant
    QStringList m_keys;
    QList<Group> m_groups;
    QHash<Id, qint64> m_codings;             ///< source → shown codings
    QList<Id> m_pending;                     ///< sources to recount at the next turn of the event loop
    bool m_pendingAll = false;
    QTimer* m_recount;
    bool m_resetting = false;
};

}  // namespace thema
