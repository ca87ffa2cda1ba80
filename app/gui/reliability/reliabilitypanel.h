#pragma once

#include "agreement/projectagreement.h"
#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace thema {

class AgreementTableModel;
class BusyStrip;
class DisagreementNavigator;
class Session;

/**
 * Reliability between coders: pick the coders (two or more), the unit and the codes (none ticked: every code the
 * coders used), optionally bootstrap intervals; the comparison runs on a worker thread (progress, cancel) and
 * fills a table of measures per code and pooled, the methods sentence, and the disagreement navigator, from
 * which disagreements are adjudicated one by one into the consensus layer (undoable). "Settle the rest" writes
 * the whole consensus layer by one rule (undoable).
 */
class ReliabilityPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReliabilityPanel(QWidget* parent = nullptr);
    ~ReliabilityPanel() override;
    void setSession(Session* session);

    AgreementTableModel* table() const { return m_table; }
    DisagreementNavigator* navigator() const { return m_navigator; }
    const agreement::ProjectAgreement& agreement() const { return m_agreement; }
    bool busy() const;

    /** Ticks exactly these coders / codes (codes empty: every code used). */
    void setSelection(const QList<Id>& coders, const QList<Id>& codes, agreement::UnitKind unit, bool intervals = false);

public slots:
    /** Runs the comparison on a worker; finished() follows. */
    void compare();
    /** Writes the whole consensus layer by @p rule ("union", "intersection", "drop", "coder:NAME"); undoable. */
    bool adjudicateAll(const QString& rule);

signals:
    void finished();
    void agreementReady(const thema::agreement::ProjectAgreement& agreement);
    void openInContext(thema::Id source, const thema::Span& span);

private:
    void fillPickers();
    QList<Id> checked(QStandardItemModel* model) const;

    QPointer<Session> m_session;
    QStandardItemModel* m_coders;
    QStandardItemModel* m_codes;
    QComboBox* m_unit;
    QCheckBox* m_intervals;
    QLineEdit* m_consensusName;
    QPushButton* m_compare;
    QComboBox* m_rule;
    QPushButton* m_settleAll;
    BusyStrip* m_busy;
    QLabel* m_summary;
    QTableView* m_view;
    AgreementTableModel* m_table;
    DisagreementNavigator* m_navigator;
    agreement::ProjectAgreement m_agreement;
    int m_running = 0;
};

}  // namespace thema
