#pragma once

#include "model/entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace thema {

class Session;

/**
 * Retrieval: every coding of one code (and, optionally, its subcodes) across all sources, as rows of source,
 * participant, attributes, coder, code and the extract's text. Filters: one coder (0: all shown) and one group
 * ("key=value" of a participant attribute, or "participant=NAME"; empty: all). Reloads on the store's signals.
 */
class CodedSegmentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SourceColumn, ParticipantColumn, AttributesColumn, CoderColumn, CodeColumn, ExtractColumn, ColumnCount };
    enum Role { CodingRole = Qt::UserRole + 1, SourceRole, StartRole, EndRole };

    explicit CodedSegmentsModel(QObject* parent = nullptr);
    void setSession(Session* session);

    void setCode(Id code, bool includeSubcodes);
    Id code() const { return m_code; }
    void setCoderFilter(Id coder);
    void setGroupFilter(const QString& keyValue);
    /** Every "key=value" of the participants, for the group filter. */
    QStringList groups() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        Coding coding;
        QString source;
        QString participant;
        QString attributes;
        QString coder;
        QString code;
        QString extract;
    };
    void reload();

    QPointer<Session> m_session;
    Id m_code = 0;
    bool m_subcodes = true;
    Id m_coder = 0;
    QString m_group;
    QList<Row> m_rows;
};

}  // namespace thema
