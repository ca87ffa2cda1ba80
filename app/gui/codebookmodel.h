#pragma once

#include "model/entities.h"
#include "store/projectstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace thema {

class Session;

/**
 * The codebook as a tree: column 0 is the code (name, colour swatch, description as tooltip), then one count
 * column per shown coder ("codings · sources"). A thin adapter over ProjectStore::codes() and codeCounts(),
 * rebuilt on codesChanged and recounted on codingsChanged. Renaming (setData) and moving by drag push undo
 * commands; a span dropped on a code asks for it to be coded (spanDropped).
 */
class CodebookModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, PathRole, ColorRole, TotalRole };

    explicit CodebookModel(QObject* parent = nullptr);
    void setSession(Session* session);

    QModelIndex indexOf(Id code) const;
    Id codeAt(const QModelIndex& index) const;
    const Code* code(Id id) const;
    QList<Code> codes() const { return m_codes; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

signals:
    void spanDropped(thema::Id source, const thema::Span& span, thema::Id code);

private:
    void reload();
    void recount();
    const QList<Id>& childrenOf(Id parent) const;

    QPointer<Session> m_session;
    QList<Code> m_codes;
    QHash<Id, int> m_byId;               ///< code → index into m_codes
    QHash<Id, QList<Id>> m_children;     ///< parent (0: top) → children in order
    QList<Coder> m_coders;               ///< the coders shown as columns
    QHash<QPair<Id, Id>, CodeCount> m_counts;  ///< (code, coder) → counts
    bool m_resetting = false;
};

}  // namespace thema
