#pragma once

#include <QObject>
#include <QStringList>

class QAbstractItemView;

namespace thema {

/**
 * Keeps a view's current item, its selection and its scroll position across a reset of its model (an undo, a redo,
 * a change written by thema-cli: the panels' models reload whole). Items are recognised by @p idRole (an entity id)
 * or, for rows without one (group headings), by their column-0 text and their parents'. Restoring runs queued, after
 * the panel's own reset handling (expandAll); it leaves a current item alone if someone chose one meanwhile.
 */
class ViewStateKeeper : public QObject {
    Q_OBJECT
public:
    ViewStateKeeper(QAbstractItemView* view, int idRole);
    /** Drops what the last reset remembered: the view now shows another project, whose ids mean other things. */
    void forget();

private:
    void remember();
    void restore();

    QAbstractItemView* m_view;
    int m_idRole;
    QString m_current;
    QStringList m_selected;
    int m_scroll = 0;
    bool m_pending = false;
};

}  // namespace thema
