#include "searchpanel.h"

#include "busystrip.h"
#include "codehits.h"
#include "searchhitsmodel.h"
#include "searchjob.h"

#include "session.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace thema {
namespace {

/** Elides the left context at its start and everything else at its end, so the words next to the match stay. */
class KwicDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = index.column() == SearchHitsModel::LeftColumn ? Qt::ElideLeft : Qt::ElideRight;
    }
};

/** The word being typed at the end of @p text (from the last space outside quotes). */
qsizetype wordStart(const QString& text)
{
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (text[i].isSpace() && !quoted)
            start = i + 1;
    }
    return start;
}

/** An attribute key as a query field: lowercase, anything but letters and digits as '_' (as the index names it). */
QString fieldName(const QString& key)
{
    QString name = key.trimmed().toLower();
    for (QChar& c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return name;
}

}  // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent), m_query(new QLineEdit), m_completer(new QCompleter(this)), m_order(new QComboBox), m_limit(new QSpinBox),
      m_codeAll(new QPushButton(tr("Code all hits…"))), m_help(new QLabel), m_summary(new QLabel), m_table(new QTableView),
      m_model(new SearchHitsModel(this)), m_busy(new BusyStrip)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_query->setPlaceholderText(tr("Search the transcripts, e.g.  waiting NEAR/5 weeks  role:clinician"));
    m_query->setClearButtonEnabled(true);
    m_completer->setModel(new QStringListModel(m_completer));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(m_query);
    m_order->addItem(tr("Best first"), int(SearchOrder::Rank));
    m_order->addItem(tr("In document order"), int(SearchOrder::Document));
    m_limit->setRange(0, 100000);
    m_limit->setValue(500);
    m_limit->setSpecialValueText(tr("all"));
    m_limit->setPrefix(tr("show "));
    m_codeAll->setEnabled(false);
    m_codeAll->setObjectName(QStringLiteral("codeAllButton"));
    auto* helpButton = new QToolButton;
    helpButton->setText(QStringLiteral("?"));
    helpButton->setCheckable(true);
    helpButton->setToolTip(tr("Query syntax"));
    m_help->setTextFormat(Qt::RichText);
    m_help->setWordWrap(true);
    m_help->setText(tr("<b>Query syntax</b> (not case-sensitive): <code>word</code> (also finds other forms: <i>listen</i> finds "
                       "<i>listening</i>) · <code>\"an exact phrase\"</code> · <code>a AND b</code>, <code>a OR b</code>, "
                       "<code>a NOT b</code> (words without an operator must all occur) · <code>a NEAR b</code>, "
                       "<code>a NEAR/5 b</code> (within 5 words), <code>a ADJ b</code> (in that order) · <code>wait*</code> · "
                       "fields: <code>speaker:P05</code>, <code>participant:P05</code>, <code>source:P05</code>, and each "
                       "participant attribute, e.g. <code>role:clinician</code>; quote values with spaces: "
                       "<code>role:\"service user\"</code>. Press Tab or Ctrl+Space after a few letters to complete a field."));
    m_help->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));
    m_help->hide();
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::AutoText);  // rich only for an estimate's "count exactly" link
    connect(m_summary, &QLabel::linkActivated, this, &SearchPanel::countExactly);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SearchHitsModel::LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SearchHitsModel::RightColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SearchHitsModel::MatchColumn, QHeaderView::ResizeToContents);
    m_table->setItemDelegate(new KwicDelegate(m_table));

    auto* row = new QHBoxLayout;
    auto* go = new QPushButton(tr("Search"));
    row->addWidget(m_query, 1);
    row->addWidget(helpButton);
    row->addWidget(go);
    row->addWidget(m_order);
    row->addWidget(m_limit);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_codeAll);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_help);
    layout->addWidget(m_busy);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(helpButton, &QToolButton::toggled, m_help, &QLabel::setVisible);
    connect(go, &QPushButton::clicked, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible())
            search(m_query->text());
    });
    connect(m_query, &QLineEdit::textEdited, this, &SearchPanel::onTextEdited);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &SearchPanel::completeWord);
    connect(m_codeAll, &QPushButton::clicked, this, &SearchPanel::codeAllDialog);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        emit openHit(i.data(SearchHitsModel::SourceIdRole).toLongLong(),
                     {i.data(SearchHitsModel::SpanStartRole).toLongLong(), i.data(SearchHitsModel::SpanEndRole).toLongLong()});
    });
}

SearchPanel::~SearchPanel()
{
    m_busy->cancel();  // a running worker stops between sources; its watcher is a child and is destroyed with us
}

void SearchPanel::setSession(Session* session)
{
    m_busy->cancel();
    m_session = session;
    indexMayBeStale();
    m_model->setHits({});
    m_result = {};
    m_summary->clear();
    m_codeAll->setEnabled(false);
    if (session) {
        connect(&session->store(), &ProjectStore::participantsChanged, this, &SearchPanel::updateCompleter, Qt::UniqueConnection);
        // What the index holds (text, turns, speakers, participants and their attributes) changed, here or in
        // another program (ExternalChanges re-emits these): the next search compares the index with the project.
        connect(&session->store(), &ProjectStore::sourcesChanged, this, &SearchPanel::indexMayBeStale, Qt::UniqueConnection);
        connect(&session->store(), &ProjectStore::participantsChanged, this, &SearchPanel::indexMayBeStale, Qt::UniqueConnection);
    }
    updateCompleter();
}

bool SearchPanel::busy() const { return m_running > 0; }

QStringList SearchPanel::fieldPrefixes() const
{
    QStringList prefixes{QStringLiteral("speaker:"), QStringLiteral("participant:"), QStringLiteral("source:")};
    if (m_session)
        for (const Participant& p : m_session->store().participants())
            for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it) {
                const QString field = fieldName(it.key()) + QLatin1Char(':');
                if (!prefixes.contains(field))
                    prefixes.append(field);
            }
    return prefixes;
}

void SearchPanel::updateCompleter()
{
    QStringList words = fieldPrefixes();
    words.append({QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"), QStringLiteral("NEAR"), QStringLiteral("ADJ")});
    if (m_session) {
        // Values after a prefix, so "role:se" completes to role:"service user".
        for (const Participant& p : m_session->store().participants()) {
            words.append(QStringLiteral("participant:") + p.name);
            for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it) {
                const QString v = it.value().contains(QLatin1Char(' ')) ? QLatin1Char('"') + it.value() + QLatin1Char('"') : it.value();
                const QString w = fieldName(it.key()) + QLatin1Char(':') + v;
                if (!words.contains(w))
                    words.append(w);
            }
        }
        for (const Source& s : m_session->store().sources())
            words.append(QStringLiteral("source:") + (s.name.contains(QLatin1Char(' ')) ? QLatin1Char('"') + s.name + QLatin1Char('"') : s.name));
    }
    static_cast<QStringListModel*>(m_completer->model())->setStringList(words);
}

void SearchPanel::onTextEdited(const QString& text)
{
    const QString word = text.mid(wordStart(text.left(m_query->cursorPosition())));
    if (word.size() < 2 || m_query->cursorPosition() != text.size()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(word);
    if (m_completer->completionCount() == 0 || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == word)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void SearchPanel::completeWord(const QString& completion)
{
    const QString text = m_query->text();
    m_query->setText(text.left(wordStart(text)) + completion);
}

void SearchPanel::search(const QString& query)
{
    if (!m_session || query.trimmed().isEmpty())
        return;
    m_lastQuery = query.trimmed();
    runShown(false);
}

void SearchPanel::countExactly()
{
    if (m_session && !m_lastQuery.isEmpty())
        runShown(true);
}

void SearchPanel::runShown(bool countAll)
{
    SearchOptions options;
    options.limit = m_limit->value();
    options.order = SearchOrder(m_order->currentData().toInt());
    options.countAll = countAll;
    run(m_lastQuery, options, [this](const SearchResult& r) {
        m_result = r;
        m_model->setHits(r.hits);
        m_table->resizeColumnToContents(SearchHitsModel::SpeakerColumn);
        m_table->resizeColumnToContents(SearchHitsModel::SourceColumn);
        m_summary->setText(summary(r));
        m_codeAll->setEnabled(r.total > 0);
    });
}

QString SearchPanel::summary(const SearchResult& r)
{
    // An estimate says so, and offers the exact figure (phrases and NEAR over many turns are counted only when asked).
    QString text = (r.counted ? QString() : tr("about "))
        + tr("%1 in %2").arg(tr("%Ln hit(s)", nullptr, int(r.total)), tr("%Ln turn(s)", nullptr, int(r.turns)));
    if (r.hits.size() < r.total)
        text += tr(" (showing %L1)").arg(r.hits.size());
    if (!r.counted)
        text = text.toHtmlEscaped() + QStringLiteral(" · <a href=\"count\">%1</a>").arg(tr("count exactly"));
    return text;
}

void SearchPanel::run(const QString& query, const SearchOptions& options, const std::function<void(const SearchResult&)>& done)
{
    if (m_running) {
        // One worker at a time: two would contend for the index's write lock.
        m_summary->setText(tr("Still busy with the previous search; try again when it is done or cancel it."));
        emit finished();
        return;
    }
    const QString searching = tr("Searching…");
    const auto cancel = m_busy->start(searching);
    ++m_running;
    QPointer<BusyStrip> busy = m_busy;
    // Progress comes only from bringing the index up to date (after an import: every new transcript).
    auto progress = [busy, searching, indexing = tr("Indexing the transcripts for search: %1 of %2…")](int d, int t) {
        const QString text = d < t ? indexing.arg(QLocale().toString(d), QLocale().toString(t)) : searching;
        QMetaObject::invokeMethod(busy, [busy, d, t, text] { if (busy) busy->progress(d, t, text); }, Qt::QueuedConnection);
    };
    auto* watcher = new QFutureWatcher<SearchOutcome>(this);
    const quint64 changes = m_indexChanges;
    connect(watcher, &QFutureWatcher<SearchOutcome>::finished, this, [this, watcher, done, cancel, changes] {
        const SearchOutcome out = watcher->result();
        watcher->deleteLater();
        // Trusted from now on only if nothing indexed changed while it ran.
        m_indexChecked = out.error.isEmpty() && !out.cancelled && changes == m_indexChanges;
        --m_running;
        if (!m_running)
            m_busy->finish();
        if (!out.error.isEmpty()) {
            m_summary->setText(out.error);
            if (m_session)
                m_session->reportError(out.error);
        } else if (out.cancelled || cancel->load()) {
            m_summary->setText(tr("Search cancelled."));
        } else {
            done(out.result);
        }
        emit finished();
    });
    watcher->setFuture(QtConcurrent::run([path = m_session->store().path(), query, options, progress, cancel, check = !m_indexChecked] {
        return runSearch(path, query, options, progress, cancel.get(), check);
    }));
}

void SearchPanel::codeAllHits(Id code, HitUnit unit)
{
    if (!m_session)
        return;
    if (const auto c = m_session->store().code(code))
        codeAllHitsNamed(c->path, unit);
}

void SearchPanel::codeAllHitsNamed(const QString& typed, HitUnit unit)
{
    if (!m_session || m_lastQuery.isEmpty())
        return;
    if (!m_session->coder()) {
        m_session->reportError(tr("Choose who is coding first (the coder box in the toolbar)."));
        emit finished();
        return;
    }
    QStringList parts = typed.split(QLatin1Char('/'));
    for (QString& p : parts)
        p = p.simplified();
    parts.removeAll(QString());
    const QString path = parts.join(QLatin1Char('/'));
    if (path.isEmpty()) {
        m_session->reportError(tr("Type the name of the code to apply to the hits."));
        emit finished();
        return;
    }
    // The code the name denotes, or 0 for a new one that CodeHits creates (never the previously selected code).
    Id code = 0;
    for (const Code& c : m_session->store().codes())
        if (c.path == path)
            code = c.id;
    SearchOptions options;
    options.limit = 0;  // every hit, not only those shown
    options.order = SearchOrder::Document;
    options.context = 0;
    const Id coder = m_session->coder();
    run(m_lastQuery, options, [this, code, coder, unit, path](const SearchResult& r) {
        if (!m_session)
            return;
        auto* cmd = new CodeHits(*m_session, r.hits, code, coder, unit, path);
        if (m_session->push(cmd))
            m_summary->setText((code ? tr("Coded %1 with “%2” (%3 hits; %4 already inside a passage coded with it).")
                                     : tr("Created the code “%2” and coded %1 with it (%3 hits; %4 already inside a passage coded with it)."))
                                   .arg(cmd->made() == 1 ? tr("1 passage") : tr("%1 passages").arg(cmd->made()))
                                   .arg(path)
                                   .arg(r.hits.size())
                                   .arg(cmd->existing()));
    });
}

void SearchPanel::codeAllDialog()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Code all hits"));
    auto* code = new QComboBox;
    code->setObjectName(QStringLiteral("codeAllCode"));
    for (const Code& c : m_session->store().codes())
        code->addItem(c.path, c.id);
    code->setEditable(true);
    code->setInsertPolicy(QComboBox::NoInsert);
    code->setCurrentIndex(-1);  // the user types or picks; nothing is preselected
    code->lineEdit()->setPlaceholderText(tr("a code, or a new name (Parent/Child)"));
    auto* unit = new QComboBox;
    unit->addItem(tr("the matched words"), int(HitUnit::Hit));
    unit->addItem(tr("the sentence around each hit"), int(HitUnit::Sentence));
    unit->addItem(tr("the whole speaker turn"), int(HitUnit::Turn));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    // A query that is a quoted phrase keeps its own quotes: "the cafe", not “"the cafe"”.
    const QString query = m_lastQuery.startsWith(QLatin1Char('"')) && m_lastQuery.endsWith(QLatin1Char('"'))
        ? m_lastQuery
        : QStringLiteral("“%1”").arg(m_lastQuery);
    form->addRow(new QLabel((m_result.counted ? tr("Code all %1 of %2 for the current coder.")
                                              : tr("Code all (about %1) of %2 for the current coder."))
                                .arg(tr("%Ln hit(s)", nullptr, int(m_result.total)), query)));
    form->addRow(tr("Code:"), code);
    form->addRow(tr("Code:"), unit);
    form->labelForField(unit)->setProperty("text", tr("What to code:"));
    form->addRow(buttons);
    dialog.setObjectName(QStringLiteral("codeAllDialog"));
    // What the box shows is what is applied: a typed new name is a new code, never the item picked before.
    if (dialog.exec() == QDialog::Accepted)
        codeAllHitsNamed(code->currentText(), HitUnit(unit->currentData().toInt()));
}

}  // namespace thema
