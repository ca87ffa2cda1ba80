#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QScrollArea;
class QTreeView;

namespace thema {

class CodebookModel;
class Session;
class ThemeBoardModel;
class ThemeColumn;

/**
 * The theme board (phases three to five): every theme and subtheme is a column of code cards. Codes are dragged in
 * from the codebook on the left (a code may sit in several themes) or from column to column (move; Ctrl copies).
 * A column's header dropped on another column nests it as a subtheme. The toolbar and a column's context menu
 * add, rename, define, set the status of, split, merge, un-nest and remove themes. Every change is an undo command
 * pushed through the Session.
 *
 * The public slots do the same without dialogs (for tests and scripts); they return false when the change was
 * refused (the Session reported why).
 */
class ThemeBoard : public QWidget {
    Q_OBJECT
public:
    explicit ThemeBoard(QWidget* parent = nullptr);
    void setSession(Session* session);

    ThemeBoardModel* model() const { return m_model; }
    Id currentTheme() const { return m_current; }
    QList<ThemeColumn*> columns() const { return m_columns; }
    ThemeColumn* column(Id theme) const;

public slots:
    void setCurrentTheme(Id theme);
    /** Adds a theme (under @p parent when non-zero) holding @p codes; returns the new theme's id, 0 when refused. */
    Id addTheme(const QString& name, Id parent = 0, const QList<Id>& codes = {});
    bool linkCodes(Id theme, const QList<Id>& codes);
    bool unlinkCodes(Id theme, const QList<Id>& codes);
    bool renameTheme(Id theme, const QString& name);
    bool defineTheme(Id theme, const QString& definition);
    bool setStatus(Id theme, ThemeStatus status);
    /** Moves @p codes of @p theme into a new sibling named @p newName; returns its id, 0 when refused. */
    Id splitTheme(Id theme, const QString& newName, const QList<Id>& codes);
    bool mergeThemes(Id from, Id into);
    /** Makes @p theme a subtheme of @p parent; @p parent 0 makes it a top-level theme. */
    bool nestTheme(Id theme, Id parent);
    bool removeTheme(Id theme);

signals:
    void themeActivated(thema::Id theme);

private:
    void rebuild();
    void showMenu(Id theme, const QPoint& globalPos);
    void newThemeDialog(bool sub);
    void renameDialog();
    void defineDialog();
    void splitDialog();
    void mergeDialog();
    void nestDialog();
    QString guid(Id theme) const;

    QPointer<Session> m_session;
    ThemeBoardModel* m_model;
    CodebookModel* m_codebook;
    QTreeView* m_palette;
    QScrollArea* m_scroll;
    QWidget* m_strip;
    QHBoxLayout* m_stripLayout;
    QLabel* m_empty;
    QList<ThemeColumn*> m_columns;
    Id m_current = 0;
};

}  // namespace thema
