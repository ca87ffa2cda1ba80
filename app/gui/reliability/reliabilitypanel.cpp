#include "reliabilitypanel.h"

#include "adjudicateall.h"
#include "agreementtablemodel.h"
#include "disagreementnavigator.h"
#include "kappareading.h"
#include "reliabilityjob.h"
#include "gui/search/busystrip.h"

#include "session.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace thema {

ReliabilityPanel::ReliabilityPanel(QWidget* parent)
    : QWidget(parent), m_coders(new QStandardItemModel(this)), m_codes(new QStandardItemModel(this)), m_unit(new QComboBox),
      m_intervals(new QCheckBox(tr("95% intervals (bootstrap)"))), m_consensusName(new QLineEdit(QStringLiteral("Consensus"))),
      m_compare(new QPushButton(tr("Compare"))), m_rule(new QComboBox), m_settleAll(new QPushButton(tr("Settle all by rule"))),
      m_busy(new BusyStrip), m_summary(new QLabel), m_view(new QTableView), m_table(new AgreementTableModel(this)),
      m_navigator(new DisagreementNavigator)
{
    setObjectName(QStringLiteral("reliabilityPanel"));
    using agreement::UnitKind;
    const QList<QPair<UnitKind, QString>> units{{UnitKind::Character, tr("characters (as NVivo)")},
                                                {UnitKind::Word, tr("words")},
                                                {UnitKind::Sentence, tr("sentences")},
                                                {UnitKind::Turn, tr("speaker turns")},
                                                {UnitKind::Segment, tr("segments (as MAXQDA)")},
                                                {UnitKind::Continuum, tr("continuum (uα family)")}};
    for (const auto& [kind, label] : units)
        m_unit->addItem(label, int(kind));
    auto* coderList = new QListView;
    coderList->setModel(m_coders);
    coderList->setMaximumHeight(60);
    auto* codeList = new QListView;
    codeList->setModel(m_codes);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_table);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* picks = new QVBoxLayout;
    picks->addWidget(new QLabel(tr("Coders to compare:")));
    picks->addWidget(coderList);
    picks->addWidget(new QLabel(tr("Unit:")));
    picks->addWidget(m_unit);
    picks->addWidget(new QLabel(tr("Codes (none ticked: every code used):")));
    picks->addWidget(codeList, 1);
    picks->addWidget(m_intervals);
    picks->addWidget(m_compare);
    picks->addWidget(new QLabel(tr("Consensus layer:")));
    picks->addWidget(m_consensusName);
    picks->addWidget(new QLabel(tr("Settle the remaining disagreements:")));
    picks->addWidget(m_rule);
    picks->addWidget(m_settleAll);
    auto* left = new QWidget;
    left->setLayout(picks);
    left->setFixedWidth(250);
    picks->setContentsMargins(0, 0, 0, 0);

    // The summary sits above the splitter, not in a pane of it: a splitter pane ignores a wrapped label's height
    // for its width, and at 1280 x 720 the explanation (why 98.8% can sit beside a low κ) was cut after 5 lines.
    m_summary->setObjectName(QStringLiteral("reliabilitySummary"));
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* results = new QSplitter(Qt::Vertical);
    results->addWidget(m_view);
    results->addWidget(m_navigator);
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 2);
    results->setSizes({160, 280});  // room for a few codes above the coders' texts
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_busy);
    right->addWidget(m_summary);
    right->addWidget(results, 1);
    // Everything in a scroll area: after a comparison the explanation, the table and the coders' texts ask for more
    // height than a 1280 x 720 screen leaves, and a panel's minimum height grew the maximized window past the screen.
    auto* content = new QWidget;
    auto* layout = new QHBoxLayout(content);
    layout->addWidget(left);
    layout->addLayout(right, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_compare, &QPushButton::clicked, this, &ReliabilityPanel::compare);
    // Selecting a code's row lists only its disagreements; the pooled row lists them all.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        m_navigator->setCodeFilter(current.isValid() ? current.data(AgreementTableModel::CodeIndexRole).toInt() : -1);
    });
    connect(m_settleAll, &QPushButton::clicked, this, [this] { adjudicateAll(m_rule->currentData().toString()); });
    connect(m_consensusName, &QLineEdit::textChanged, m_navigator, &DisagreementNavigator::setConsensusName);
    connect(m_navigator, &DisagreementNavigator::openInContext, this, &ReliabilityPanel::openInContext);
    m_settleAll->setEnabled(false);
    m_settleAll->setObjectName(QStringLiteral("settleAll"));
    m_rule->setObjectName(QStringLiteral("settleRule"));
    m_compare->setObjectName(QStringLiteral("compare"));
}

ReliabilityPanel::~ReliabilityPanel() { m_busy->cancel(); }

bool ReliabilityPanel::busy() const { return m_running > 0; }

void ReliabilityPanel::setSession(Session* session)
{
    m_busy->cancel();
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_agreement = {};
    m_table->setAgreement({});
    m_navigator->setSession(session);
    m_summary->clear();
    m_settleAll->setEnabled(false);
    if (session) {
        connect(&session->store(), &ProjectStore::codersChanged, this, &ReliabilityPanel::fillPickers, Qt::QueuedConnection);
        connect(&session->store(), &ProjectStore::codesChanged, this, &ReliabilityPanel::fillPickers, Qt::QueuedConnection);
    }
    m_coders->clear();  // another project's ids mean other coders
    m_codes->clear();
    fillPickers();
}

void ReliabilityPanel::fillPickers()
{
    const QList<Id> coders = checked(m_coders);
    const QList<Id> codes = checked(m_codes);
    QList<Id> listed;  // coders already offered: they keep their tick; a coder new to the list is ticked (unless consensus)
    for (int r = 0; r < m_coders->rowCount(); ++r)
        listed.append(m_coders->item(r)->data().toLongLong());
    m_coders->clear();
    m_codes->clear();
    m_rule->clear();
    if (!m_session)
        return;
    const ProjectStore& store = m_session->store();
    for (const Coder& c : store.coders()) {
        auto* item = new QStandardItem(c.consensus ? tr("%1 (consensus)").arg(c.name) : c.name);
        item->setData(c.id);
        item->setCheckable(true);
        // By default the analysts are compared, not a consensus layer made from them.
        item->setCheckState((listed.contains(c.id) ? coders.contains(c.id) : !c.consensus) ? Qt::Checked : Qt::Unchecked);
        m_coders->appendRow(item);
    }
    for (const Code& c : store.codes()) {
        auto* item = new QStandardItem(c.path);
        item->setData(c.id);
        item->setCheckable(true);
        item->setCheckState(codes.contains(c.id) ? Qt::Checked : Qt::Unchecked);
        m_codes->appendRow(item);
    }
    m_rule->addItem(tr("union of the coders' spans"), QStringLiteral("union"));
    m_rule->addItem(tr("intersection"), QStringLiteral("intersection"));
    m_rule->addItem(tr("drop disagreements"), QStringLiteral("drop"));
    for (const Coder& c : store.coders())
        if (!c.consensus)
            m_rule->addItem(tr("accept %1").arg(c.name), QString(QStringLiteral("coder:") + c.name));
}

QList<Id> ReliabilityPanel::checked(QStandardItemModel* model) const
{
    QList<Id> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r)->checkState() == Qt::Checked)
            ids.append(model->item(r)->data().toLongLong());
    return ids;
}

void ReliabilityPanel::setSelection(const QList<Id>& coders, const QList<Id>& codes, agreement::UnitKind unit, bool intervals)
{
    for (int r = 0; r < m_coders->rowCount(); ++r)
        m_coders->item(r)->setCheckState(coders.contains(m_coders->item(r)->data().toLongLong()) ? Qt::Checked : Qt::Unchecked);
    for (int r = 0; r < m_codes->rowCount(); ++r)
        m_codes->item(r)->setCheckState(codes.contains(m_codes->item(r)->data().toLongLong()) ? Qt::Checked : Qt::Unchecked);
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    m_intervals->setChecked(intervals);
}

void ReliabilityPanel::compare()
{
    if (!m_session || m_running)
        return;
    agreement::AgreementRequest request;
    request.coders = checked(m_coders);
    request.codes = checked(m_codes);
    request.options.unit = agreement::UnitKind(m_unit->currentData().toInt());
    if (m_intervals->isChecked())
        request.options.bootstrap = agreement::BootstrapOptions{};
    if (request.coders.size() < 2) {
        m_summary->setText(tr("Tick two or more coders to compare."));
        emit finished();
        return;
    }
    const auto cancel = m_busy->start(tr("Comparing coders…"));
    ++m_running;
    m_compare->setEnabled(false);
    auto* watcher = new QFutureWatcher<ReliabilityOutcome>(this);
    connect(watcher, &QFutureWatcher<ReliabilityOutcome>::finished, this, [this, watcher, cancel] {
        const ReliabilityOutcome out = watcher->result();
        watcher->deleteLater();
        --m_running;
        m_busy->finish();
        m_compare->setEnabled(true);
        if (!out.error.isEmpty()) {
            m_summary->setText(out.error);
        } else if (out.cancelled || cancel->load()) {
            m_summary->setText(tr("Comparison cancelled."));
        } else {
            m_agreement = out.agreement;
            m_table->setAgreement(out.agreement);
            m_navigator->setConsensusName(m_consensusName->text().trimmed());
            m_navigator->setDisagreements(out.agreement, out.layers, out.disagreements);
            QString summary = agreement::methodsSentence(out.agreement) +
                              tr(" %n disagreement(s) to review below.", nullptr, int(out.disagreements.size()));
            if (const QString reading = kappaReading(out.agreement.result.pooled); !reading.isEmpty())
                summary += QStringLiteral("\n") + reading;
            m_summary->setText(summary);
            m_settleAll->setEnabled(!out.disagreements.empty() || !out.agreement.sources.isEmpty());
            m_view->resizeColumnsToContents();
            m_view->setColumnWidth(0, std::min(m_view->columnWidth(0), 230));
            emit agreementReady(out.agreement);
        }
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run([path = m_session->store().path(), request, cancel] { return runReliability(path, request, cancel.get()); }));
}

bool ReliabilityPanel::adjudicateAll(const QString& rule)
{
    if (!m_session || m_agreement.coders.size() < 2)
        return false;
    QStringList names;
    for (const Coder& c : m_agreement.coders)
        names.append(c.name);
    const auto decision = agreement::decisionFromRule(rule, names);
    if (!decision) {
        m_session->reportError(tr("Unknown rule \"%1\"").arg(rule));
        return false;
    }
    const QString consensus = m_consensusName->text().trimmed();
    const int count = AdjudicateAll::undecided(m_session->store(), m_agreement, consensus);
    if (count == 0) {
        m_summary->setText(tr("Every disagreement is settled already; nothing to settle by rule."));
        return false;
    }
    // Asks first, saying how many; decisions made by hand are not touched.
    QMessageBox ask(QMessageBox::Question, tr("Settle all by rule"),
                    tr("Settle %n undecided disagreement(s) by “%1” into “%2”?", nullptr, count).arg(m_rule->currentText(), consensus),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("settleAllConfirm"));
    ask.setInformativeText(tr("Disagreements you settled by hand keep your decision."));
    ask.setDefaultButton(QMessageBox::Yes);
    if (ask.exec() != QMessageBox::Yes)
        return false;
    auto* cmd = new AdjudicateAll(*m_session, m_agreement, consensus, *decision, rule);
    if (!m_session->push(cmd))
        return false;
    m_summary->setText(tr("Consensus layer “%1” written: %2 agreed spans copied, %3 disagreements settled by rule, %4 kept as decided by hand.")
                           .arg(consensus).arg(cmd->result().agreementsCopied).arg(cmd->settledByRule())
                           .arg(cmd->result().disagreementsSettled - cmd->settledByRule()));
    if (m_navigator->current() >= 0)
        m_navigator->show(m_navigator->current());  // what the consensus holds there now
    return true;
}

}  // namespace thema
