#pragma once

#include "agreement/disagreements.h"
#include "agreement/projectagreement.h"

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

class QSplitter;
class QTableView;

namespace thema {

class DisagreementListModel;

class Session;

/**
 * Steps through the disagreements of an agreement run (next / previous) and shows, side by side, each coder's
 * spans on the text around the disagreement, and what the consensus layer holds there now. The buttons settle
 * the current disagreement into the consensus layer (accept one coder's spans, their union, their intersection,
 * or drop it) as an undoable AdjudicateDisagreement, then move on.
 */
class DisagreementNavigator : public QWidget {
    Q_OBJECT
public:
    explicit DisagreementNavigator(QWidget* parent = nullptr);
    void setSession(Session* session);
    /** @p layers and @p list come from one run on @p compared. */
    void setDisagreements(const agreement::ProjectAgreement& compared, const agreement::LayerInput& layers,
                          const std::vector<agreement::Disagreement>& list);

    int count() const { return int(m_list.size()); }
    const agreement::Disagreement& disagreement(int index) const { return m_list[index]; }
    int current() const { return m_current; }
    QString consensusName() const { return m_consensusName; }
    void setConsensusName(const QString& name) { m_consensusName = name; }
    /** Every disagreement as a list (one row per passage; different codes on it are one row). */
    DisagreementListModel* listModel() const { return m_listModel; }
    QTableView* listView() const { return m_listView; }
    /** Lists only the disagreements of code @p codeIndex (an index into the comparison's codes); -1 lists all. */
    void setCodeFilter(int codeIndex);
    /** The text shown for coder @p k (plain text, for tests). */
    QString coderText(int k) const;

public slots:
    void show(int index);
    void next();
    void previous();
    /** Settles the current disagreement; returns false when refused. Moves to the next one on success. */
    bool settle(const agreement::Decision& decision, const QString& description);

signals:
    void openInContext(thema::Id source, const thema::Span& span);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void refreshView();
    QString renderSpans(const QString& text, qint64 offset, const std::vector<Span>& spans, const QString& color, qint64 anchor) const;

    QPointer<Session> m_session;
    agreement::ProjectAgreement m_compared;
    agreement::LayerInput m_layers;
    std::vector<agreement::Disagreement> m_list;
    int m_current = -1;
    QString m_consensusName = QStringLiteral("Consensus");
    QLabel* m_title;
    QLabel* m_consensus;
    QHBoxLayout* m_sides;
    QList<QTextBrowser*> m_views;
    QList<QLabel*> m_names;
    QHBoxLayout* m_buttons;
    QList<QPushButton*> m_acceptButtons;
    QPushButton* m_prev;
    QPushButton* m_next;
    DisagreementListModel* m_listModel;
    QTableView* m_listView;
    QSplitter* m_split = nullptr;  ///< the list beside (wide panel) or above (narrow panel) the coders' texts
};

}  // namespace thema
