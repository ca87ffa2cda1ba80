#pragma once

#include "model/entities.h"

#include <QFrame>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace thema {

class ProjectStore;

/**
 * The popup that appears under a selection: type to narrow the codebook (any part of a code's path matches),
 * Up/Down to choose, Enter to apply. When the typed name matches no code exactly, the first row offers to
 * create it. Escape closes without coding.
 */
class QuickCodePopup : public QFrame {
    Q_OBJECT
public:
    explicit QuickCodePopup(QWidget* parent = nullptr);

    /** Fills the list from @p store, most recently used codes first, and shows the popup at @p globalPos. */
    void popup(const ProjectStore& store, const QList<Id>& recent, const QPoint& globalPos);
    /** Whether the list offers "New code: NAME" (not to a team project's coder or reader: the server refuses it). */
    void setCanCreate(bool can) { m_canCreate = can; }
    QLineEdit* lineEdit() const { return m_edit; }
    QListView* listView() const { return m_list; }

signals:
    void codeChosen(thema::Id code);
    void newCodeRequested(const QString& name);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void filterChanged(const QString& text);
    void accept();

    QLineEdit* m_edit;
    bool m_canCreate = true;
    QListView* m_list;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

}  // namespace thema
