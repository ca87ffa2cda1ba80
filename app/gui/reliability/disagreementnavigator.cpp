#include "disagreementnavigator.h"

#include "adjudicatedisagreement.h"
#include "disagreementlistmodel.h"

#include "session.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QResizeEvent>
#include <QSplitter>
#include <QTableView>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace thema {
namespace {

constexpr qint64 kContext = 160;  // code points shown on each side of a disagreement

}  // namespace

DisagreementNavigator::DisagreementNavigator(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_consensus(new QLabel), m_sides(new QHBoxLayout), m_buttons(new QHBoxLayout),
      m_prev(new QPushButton(tr("◀ Previous"))), m_next(new QPushButton(tr("Next ▶"))),
      m_listModel(new DisagreementListModel(this)), m_listView(new QTableView)
{
    setObjectName(QStringLiteral("disagreementNavigator"));
    m_title->setWordWrap(true);
    m_consensus->setWordWrap(true);
    auto* nav = new QHBoxLayout;
    nav->addWidget(m_prev);
    nav->addWidget(m_title, 1);
    auto* open = new QPushButton(tr("Open in transcript"));
    nav->addWidget(open);
    nav->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(nav);
    // The list of every disagreement beside the coders' texts of the one shown.
    m_listView->setObjectName(QStringLiteral("disagreementList"));
    m_listView->setModel(m_listModel);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->verticalHeader()->hide();
    m_listView->setWordWrap(true);
    m_listView->horizontalHeader()->setSectionResizeMode(DisagreementListModel::CodeColumn, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setSectionResizeMode(DisagreementListModel::SourceColumn, QHeaderView::ResizeToContents);
    m_listView->horizontalHeader()->setSectionResizeMode(DisagreementListModel::WhereColumn, QHeaderView::ResizeToContents);
    connect(m_listView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        show(index.data(DisagreementListModel::FirstMemberRole).toInt());
    });
    auto* split = m_split = new QSplitter(Qt::Horizontal);
    split->setChildrenCollapsible(false);
    auto* sides = new QWidget;
    sides->setLayout(m_sides);
    m_sides->setContentsMargins(0, 0, 0, 0);
    split->addWidget(m_listView);
    split->addWidget(sides);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    layout->addWidget(m_consensus);
    layout->addLayout(m_buttons);
    connect(m_prev, &QPushButton::clicked, this, &DisagreementNavigator::previous);
    connect(m_next, &QPushButton::clicked, this, &DisagreementNavigator::next);
    connect(open, &QPushButton::clicked, this, [this] {
        if (m_current >= 0 && m_current < count())
            emit openInContext(m_compared.sources[m_list[m_current].source].id, m_list[m_current].extent);
    });
    refreshView();
}

void DisagreementNavigator::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side, the coders' texts need room: at 1280 x 720 beside the list they were ~55 px wide, a word a line
    // ("Becaus e"). On a narrow panel the list goes above them.
    const Qt::Orientation o = width() < 110 * fontMetrics().averageCharWidth() ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() != o)
        m_split->setOrientation(o);
}

void DisagreementNavigator::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(&session->store(), &ProjectStore::codingsChanged, this, &DisagreementNavigator::refreshView, Qt::QueuedConnection);
    setDisagreements({}, {}, {});
}

void DisagreementNavigator::setDisagreements(const agreement::ProjectAgreement& compared, const agreement::LayerInput& layers,
                                             const std::vector<agreement::Disagreement>& list)
{
    m_compared = compared;
    m_layers = layers;
    m_list = list;
    m_current = list.empty() ? -1 : 0;
    m_listModel->setDisagreements(compared, list);
    // One text per coder, side by side, and one "Accept <coder>" button each.
    qDeleteAll(m_views);
    qDeleteAll(m_names);
    qDeleteAll(m_acceptButtons);
    m_views.clear();
    m_names.clear();
    m_acceptButtons.clear();
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int k = 0; k < compared.coders.size(); ++k) {
        auto* column = new QVBoxLayout;
        auto* name = new QLabel(QStringLiteral("<b style='color:%1'>%2</b>").arg(compared.coders[k].color, compared.coders[k].name.toHtmlEscaped()));
        auto* view = new QTextBrowser;
        view->setObjectName(QStringLiteral("coderText%1").arg(k));
        column->addWidget(name);
        column->addWidget(view, 1);
        m_sides->addLayout(column, 1);
        m_views.append(view);
        m_names.append(name);
        auto* accept = new QPushButton(tr("Accept %1").arg(compared.coders[k].name));
        connect(accept, &QPushButton::clicked, this, [this, k] {
            agreement::Decision d;
            d.kind = agreement::Resolution::AcceptCoder;
            d.coder = k;
            settle(d, tr("accept %1").arg(m_compared.coders[k].name));
        });
        m_buttons->addWidget(accept);
        m_acceptButtons.append(accept);
    }
    // Short labels, the meaning in the tooltip: with "Drop (code nothing)" the row was wider than the panel at 1280 px.
    struct Rule {
        agreement::Resolution kind;
        QString label;
        QString tip;
    };
    const QList<Rule> rules{{agreement::Resolution::Union, tr("Union"), tr("The consensus codes what either coder coded here")},
                            {agreement::Resolution::Intersection, tr("Intersection"), tr("The consensus codes only what both coders coded here")},
                            {agreement::Resolution::Drop, tr("Drop"), tr("The consensus codes nothing here")}};
    for (const auto& [kind, label, tip] : rules) {
        auto* b = new QPushButton(label);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, kind = kind, label = label] {
            agreement::Decision d;
            d.kind = kind;
            settle(d, label.toLower());
        });
        m_buttons->addWidget(b);
    }
    m_buttons->addStretch();
    refreshView();
}

void DisagreementNavigator::setCodeFilter(int codeIndex)
{
    m_listModel->setCodeFilter(codeIndex);
    // Show the first listed one when the one shown is filtered out.
    if (m_listModel->rowOf(m_current) < 0 && m_listModel->rowCount() > 0)
        show(m_listModel->index(0, 0).data(DisagreementListModel::FirstMemberRole).toInt());
    else
        refreshView();
}

void DisagreementNavigator::show(int index)
{
    if (index < 0 || index >= count())
        return;
    m_current = index;
    refreshView();
}

void DisagreementNavigator::next() { show(m_current + 1); }

void DisagreementNavigator::previous() { show(m_current - 1); }

QString DisagreementNavigator::coderText(int k) const { return k < m_views.size() ? m_views[k]->toPlainText() : QString(); }

QString DisagreementNavigator::renderSpans(const QString& text, qint64 offset, const std::vector<Span>& spans, const QString& color,
                                           qint64 anchor) const
{
    // text is the window [offset, offset + length) in code points; spans and anchor are source code points. The
    // anchor ("d") marks where the disagreement starts, so every coder's view scrolls to the same place.
    const TextOffsets offsets(text);
    const qint64 length = offsets.codePointCount();
    const qint64 anchorPos = std::clamp(anchor - offset, qint64(0), length);
    QString html;
    qint64 pos = 0;
    bool anchored = false;
    auto piece = [&](qint64 a, qint64 b) {
        return text.mid(int(offsets.toUtf16(a)), int(offsets.toUtf16(b) - offsets.toUtf16(a))).toHtmlEscaped();
    };
    auto anchorUpTo = [&](qint64 upTo) {
        if (!anchored && anchorPos >= pos && anchorPos <= upTo) {
            html += piece(pos, anchorPos) + QStringLiteral("<a name=\"d\"></a>");
            pos = anchorPos;
            anchored = true;
        }
    };
    for (const Span& s : spans) {
        const qint64 a = std::clamp(s.start - offset, pos, length);
        const qint64 b = std::clamp(s.end - offset, a, length);
        anchorUpTo(a);
        html += piece(pos, a);
        html += QStringLiteral("<span style='background:%1; color:white'>").arg(color) + piece(a, b) + QStringLiteral("</span>");
        pos = b;
    }
    anchorUpTo(length);
    html += piece(pos, length);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

void DisagreementNavigator::refreshView()
{
    const bool any = m_session && m_current >= 0 && m_current < count();
    m_prev->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current + 1 < count());
    for (QPushButton* b : findChildren<QPushButton*>())
        if (b != m_prev && b != m_next)
            b->setEnabled(any);
    if (!any) {
        m_title->setText(m_session && m_compared.coders.size() >= 2 ? tr("The coders agree everywhere: no disagreements.")
                                                                    : tr("Compare two coders to list their disagreements."));
        for (QTextBrowser* v : m_views)
            v->clear();
        m_consensus->clear();
        return;
    }
    if (const int row = m_listModel->rowOf(m_current); row >= 0) {
        m_listView->selectRow(row);
        m_listView->scrollTo(m_listModel->index(row, 0));
    } else {
        m_listView->clearSelection();
    }
    const agreement::Disagreement& d = m_list[m_current];
    const Source& source = m_compared.sources[d.source];
    const Code& code = m_compared.codes[d.code];
    m_title->setText(tr("<b>%1 of %2</b>: “%3” in %4, characters %5–%6")
                         .arg(m_current + 1).arg(count()).arg(code.path.toHtmlEscaped(), source.name.toHtmlEscaped())
                         .arg(d.extent.start).arg(d.extent.end));
    const QString full = m_session->store().sourceText(source.id);
    const TextOffsets offsets(full);
    const qint64 from = std::max<qint64>(0, d.extent.start - kContext);
    const qint64 to = std::min<qint64>(offsets.codePointCount(), d.extent.end + kContext);
    const QString window = full.mid(int(offsets.toUtf16(from)), int(offsets.toUtf16(to) - offsets.toUtf16(from)));
    const QString ellipsisL = from > 0 ? QStringLiteral("… ") : QString();
    const QString ellipsisR = to < offsets.codePointCount() ? QStringLiteral(" …") : QString();
    for (int k = 0; k < m_views.size(); ++k) {
        const std::vector<Span>& spans = d.spans[k];
        QString html = ellipsisL + renderSpans(window, from, spans, m_compared.coders[k].color, d.extent.start) + ellipsisR;
        if (spans.empty())
            html = tr("<p><i>%1 did not code “%2” here.</i></p>").arg(m_compared.coders[k].name.toHtmlEscaped(), code.name.toHtmlEscaped()) + html;
        m_views[k]->setHtml(html);
    }
    // Once laid out, every side scrolls to where the disagreement starts.
    QTimer::singleShot(0, this, [views = m_views] {
        for (QTextBrowser* v : views)
            v->scrollToAnchor(QStringLiteral("d"));
    });
    // What the consensus layer holds here now.
    QStringList held;
    if (const auto consensus = m_session->store().coderByName(m_consensusName)) {
        CodingFilter filter;
        filter.sources = {source.id};
        filter.codes = {code.id};
        filter.coders = {consensus->id};
        for (const Coding& c : m_session->store().codings(filter))
            if (c.span.overlaps(d.extent))
                held.append(QStringLiteral("%1–%2").arg(c.span.start).arg(c.span.end));
    }
    m_consensus->setText(held.isEmpty() ? tr("Consensus (“%1”): not settled yet.").arg(m_consensusName)
                                        : tr("Consensus (“%1”) here: %2").arg(m_consensusName, held.join(QStringLiteral(", "))));
}

bool DisagreementNavigator::settle(const agreement::Decision& decision, const QString& description)
{
    if (!m_session || m_current < 0 || m_current >= count())
        return false;
    const agreement::Disagreement& d = m_list[m_current];
    QList<Span> spans;
    for (const Span& s : agreement::settle(d, decision))
        spans.append(s);
    const Source& source = m_compared.sources[d.source];
    const Code& code = m_compared.codes[d.code];
    const bool ok = m_session->push(new AdjudicateDisagreement(*m_session, m_consensusName, source.id, code.id, d.extent, spans,
                                                               tr("%1 in %2 (%3)").arg(code.name, source.name, description)));
    if (ok && m_current + 1 < count())
        show(m_current + 1);
    else
        refreshView();
    return ok;
}

}  // namespace thema
