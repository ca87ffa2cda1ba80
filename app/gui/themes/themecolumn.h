#pragma once

#include "model/entities.h"

#include <QFrame>

class QLabel;
class QListView;

namespace thema {

class ThemeBoardModel;

/**
 * One column of the theme board: a theme's (or subtheme's) header with its status and definition, and its codes
 * as cards (a QListView rooted at the theme's row of ThemeBoardModel). Cards drag between columns; the header
 * drags too, and a header dropped on another column makes its theme a subtheme there (nestRequested).
 */
class ThemeColumn : public QFrame {
    Q_OBJECT
public:
    /** Mime type of a theme header being dragged: the theme's id. */
    static QString themeMime() { return QStringLiteral("application/x-thema-theme"); }

    ThemeColumn(ThemeBoardModel* model, Id theme, QWidget* parent = nullptr);

    Id theme() const { return m_theme; }
    QListView* cards() const { return m_cards; }
    void setCurrent(bool current);

signals:
    void activated(thema::Id theme);
    void nestRequested(thema::Id theme, thema::Id under);
    void contextMenuRequested(thema::Id theme, const QPoint& globalPos);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    ThemeBoardModel* m_model;
    Id m_theme;
    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_definition;
    QListView* m_cards;
    QPoint m_pressPos;
};

}  // namespace thema
