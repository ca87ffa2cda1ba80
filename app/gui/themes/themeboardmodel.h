#pragma once

#include "model/entities.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace thema {

class Session;

/**
 * Themes and their codes as a two-level model for the theme board: the top rows are every theme and subtheme in
 * depth-first order (one board column each), their children the codes linked to them (the cards), by code path.
 * An adapter over ProjectStore::themes() and codes(), rebuilt (queued) on themesChanged / codesChanged.
 *
 * Editing a theme's name (setData) pushes RenameTheme. Dropping codes (mime::codes()) on a theme or on one of its
 * cards pushes LinkThemeCodes; a card dragged from another column moves (MoveAction) or copies (CopyAction) it.
 */
class ThemeBoardModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        ThemeIdRole = Qt::UserRole + 1,  ///< theme rows and cards: the theme
        ThemeGuidRole,
        CodeIdRole,                      ///< cards: the code; 0 on theme rows
        LevelRole,                       ///< theme rows: 0 for a theme, 1 for a subtheme, …
        StatusRole,                      ///< theme rows: ThemeStatus as int
        DefinitionRole,
        PathRole,
        ColorRole,
    };

    /** Mime type of cards dragged out of a column: "<theme id>" (the codes go in mime::codes()). */
    static QString originMime() { return QStringLiteral("application/x-thema-theme-origin"); }

    explicit ThemeBoardModel(QObject* parent = nullptr);
    void setSession(Session* session);
    Session* session() const;

    const QList<Theme>& themes() const { return m_themes; }
    const Theme* theme(Id id) const;
    QModelIndex indexOfTheme(Id theme) const;
    /** The theme a row or card belongs to; 0 for an invalid index. */
    Id themeAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override { Q_UNUSED(parent); return 1; }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

public slots:
    void reload();

private:
    QPointer<Session> m_session;
    QList<Theme> m_themes;
    QHash<Id, Code> m_codes;
    QList<QList<Id>> m_cards;  ///< per theme row: its codes, sorted by path
};

}  // namespace thema
