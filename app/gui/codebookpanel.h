#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace thema {

class CodebookModel;
class CodingActions;
class Session;

/**
 * The codebook dock: a filter box over the code tree (matches keep their parents), counts per coder, drag to
 * move codes, drop a text selection on a code to code it, Enter/double-click applies the code to the selection,
 * F2 renames. The context menu creates, recolours, merges, deletes and writes memos, all as undo commands.
 */
class CodebookPanel : public QWidget {
    Q_OBJECT
public:
    CodebookPanel(CodingActions* actions, QWidget* parent = nullptr);
    void setSession(Session* session);

    CodebookModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    Id currentCode() const;
    void selectCode(Id code);

    void newCode(Id parent);
    void recolor(Id code);
    void mergeInto(Id from);
    void remove(Id code);
    void editMemo(Id code);

signals:
    void codeSelected(thema::Id code);

private:
    void showMenu(const QPoint& pos);
    /** Sets the panel's minimum width so each coder's count column and a readable part of every name fit. */
    void keepNamesReadable();

    QPointer<Session> m_session;
    CodingActions* m_actions;
    CodebookModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;
    class ViewStateKeeper* m_keeper;
    QLineEdit* m_filter;
};

}  // namespace thema
