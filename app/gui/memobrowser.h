#pragma once

#include "model/entities.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QStandardItemModel;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace thema {

class Session;

/**
 * Every memo of the project in one list — on the project, sources, codes, themes, participants and codings
 * (a coding's own memo too) — filtered by what is typed; the selected memo is shown whole, and one on a source
 * or a coding opens the transcript there (openRequested).
 */
class MemoBrowser : public QDialog {
    Q_OBJECT
public:
    MemoBrowser(Session* session, QWidget* parent = nullptr);
    void reload();
    int count() const;

signals:
    void openRequested(thema::Id source, const thema::Span& span);

private:
    QPointer<Session> m_session;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QTextBrowser* m_text;
};

}  // namespace thema
