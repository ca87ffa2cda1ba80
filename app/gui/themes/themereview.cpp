#include "themereview.h"

#include "reviewmodel.h"
#include "wrapdelegate.h"
#include "themes/commands/setexemplar.h"
#include "themes/commands/setthemedefinition.h"
#include "themes/commands/setthemestatus.h"

#include "analysis/analysisdata.h"
#include "analysis/themetable.h"
#include "commands/setmemo.h"
#include "session.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace thema {

ThemeReview::ThemeReview(QWidget* parent)
    : QWidget(parent), m_themes(new QComboBox), m_status(new QComboBox), m_coders(new QComboBox), m_definition(new QPlainTextEdit),
      m_counts(new QLabel), m_tree(new QTreeView), m_model(new ReviewModel(this)), m_memos(new QTextBrowser)
{
    setObjectName(QStringLiteral("themeReview"));
    for (ThemeStatus s : {ThemeStatus::Candidate, ThemeStatus::Reviewed, ThemeStatus::Final})
        m_status->addItem(themeStatusName(s), int(s));
    m_definition->setPlaceholderText(tr("What the theme is about; its central organising concept."));
    m_definition->setMaximumHeight(64);
    m_counts->setObjectName(QStringLiteral("reviewCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_counts->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_counts->setFont(big);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new WrapDelegate(m_tree));
    m_tree->setUniformRowHeights(false);
    // Every column can be resized by hand; the extract takes what the others leave (fitColumns keeps that at least
    // half the width), and rows grow so a quote shows whole.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ReviewModel::TextColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); });
    m_memos->setMaximumHeight(fontMetrics().height() * 4);  // the extracts need the height more

    auto* saveDefinition = new QPushButton(tr("Save definition"));
    auto* memo = new QPushButton(tr("Memo…"));
    auto* top = new QFormLayout;
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_themes, 1);
    pick->addWidget(new QLabel(tr("Status:")));
    pick->addWidget(m_status);
    pick->addWidget(new QLabel(tr("Codings of:")));
    pick->addWidget(m_coders);
    top->addRow(tr("Theme:"), pick);
    auto* def = new QHBoxLayout;
    def->addWidget(m_definition, 1);
    auto* defButtons = new QVBoxLayout;
    defButtons->addWidget(saveDefinition);
    defButtons->addWidget(memo);
    defButtons->addStretch();
    def->addLayout(defButtons);
    top->addRow(tr("Definition:"), def);
    top->addRow(tr("Participants:"), m_counts);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tree);
    auto* memoBox = new QWidget;
    memoBox->setObjectName(QStringLiteral("reviewMemos"));
    m_memoBox = memoBox;
    auto* memoLayout = new QVBoxLayout(memoBox);
    memoLayout->setContentsMargins(0, 0, 0, 0);
    memoLayout->addWidget(new QLabel(tr("Memos")));
    memoLayout->addWidget(m_memos);
    split->addWidget(memoBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({400, 60});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_themes, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setTheme(m_themes->currentData().toLongLong());
    });
    connect(m_coders, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            setCoder(m_coders->currentData().toLongLong());
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto t = m_session ? m_session->store().theme(m_theme) : std::nullopt;
        const auto s = ThemeStatus(m_status->currentData().toInt());
        if (t && t->status != s)
            m_session->push(new SetThemeStatus(*m_session, t->guid, t->status, s, t->version));
    });
    connect(saveDefinition, &QPushButton::clicked, this, &ThemeReview::commitDefinition);
    connect(memo, &QPushButton::clicked, this, &ThemeReview::editMemo);
    connect(m_model, &ReviewModel::exemplarToggled, this, [this](Id coding, bool on) {
        // Queued: the model is reset by the refresh this causes, which must not happen inside its setData.
        QTimer::singleShot(0, this, [this, coding, on] { setExemplar(coding, on); });
    });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex& i) {
        if (const Id source = i.data(ReviewModel::SourceIdRole).toLongLong())
            emit openInContext(source, {i.data(ReviewModel::SpanStartRole).toLongLong(), i.data(ReviewModel::SpanEndRole).toLongLong()});
    });
}

void ThemeReview::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_theme = 0;
    m_coder = 0;
    if (session) {
        auto queued = [this] { QTimer::singleShot(0, this, &ThemeReview::refresh); };
        connect(&session->store(), &ProjectStore::themesChanged, this, queued);
        connect(&session->store(), &ProjectStore::codesChanged, this, queued);
        connect(&session->store(), &ProjectStore::codingsChanged, this, queued);
        connect(&session->store(), &ProjectStore::memosChanged, this, queued);
        connect(&session->store(), &ProjectStore::participantsChanged, this, queued);
        connect(&session->store(), &ProjectStore::codersChanged, this, queued);
        const QList<Theme> themes = session->store().themes();
        m_theme = themes.isEmpty() ? 0 : themes.first().id;
        for (const Coder& c : session->store().coders()) {
            CodingFilter filter;
            filter.coders = {c.id};
            if (c.consensus && !session->store().codings(filter).isEmpty())
                m_coder = c.id;
        }
    }
    refresh();
}

void ThemeReview::setTheme(Id theme)
{
    m_theme = theme;
    refresh();
}

void ThemeReview::setCoder(Id coder)
{
    m_coder = coder;
    refresh();
}

void ThemeReview::fillThemes()
{
    m_filling = true;
    m_themes->clear();
    m_coders->clear();
    if (m_session) {
        for (const Theme& t : m_session->store().themes())
            m_themes->addItem(QString(t.path.count(QLatin1Char('/')) * 4, QLatin1Char(' ')) + t.name, t.id);
        m_coders->addItem(tr("all coders, each passage once"), Id(EachPassageOnce));
        m_coders->addItem(tr("all coders, every coding"), Id(EveryCoding));
        for (const Coder& c : m_session->store().coders())
            m_coders->addItem(c.consensus ? tr("%1 (consensus)").arg(c.name) : c.name, c.id);
    }
    m_themes->setCurrentIndex(m_themes->findData(m_theme));
    m_coders->setCurrentIndex(std::max(0, m_coders->findData(m_coder)));
    m_filling = false;
}

void ThemeReview::refresh()
{
    if (m_session && !m_session->store().theme(m_theme)) {
        const QList<Theme> themes = m_session->store().themes();
        m_theme = themes.isEmpty() ? 0 : themes.first().id;
    }
    fillThemes();
    const auto theme = m_session ? m_session->store().theme(m_theme) : std::nullopt;
    setEnabled(theme.has_value());
    if (!theme) {
        m_model->setGroups({});
        m_counts->clear();
        m_definition->clear();
        m_memos->clear();
        m_memoBox->hide();
        return;
    }
    const ProjectStore& store = m_session->store();
    m_status->setCurrentIndex(m_status->findData(int(theme->status)));
    if (m_definition->toPlainText() != theme->definition)
        m_definition->setPlainText(theme->definition);

    AnalysisOptions options;
    if (m_coder > 0)
        options.coders = {m_coder};
    const AnalysisData data(store, options);
    const ThemeTable table = buildThemeTable(data);
    QList<ReviewGroup> groups;
    for (const ThemeTableRow& row : table.rows)
        if (row.theme.id == m_theme)
            for (int g = 0; g < table.groups.size(); ++g)
                groups.append({table.groups[g], false, row.participants.value(g), table.groupSizes.value(g), {}});
    const QList<Id> exemplars = store.exemplars(m_theme);
    for (const Coding& c : data.codingsOf(data.themeCodes(m_theme, true))) {
        // An interviewer's words are listed apart, under the interviewer's name; never under the interviewee.
        const bool asked = data.interviewerOnly(c);
        const Id who = asked ? data.voice(c) : data.speaker(c);
        const QString group = asked ? tr("Interviewers (not counted)") : who ? data.groupOf(who) : QString();
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const ReviewGroup& g) { return g.name == group && g.interviewers == asked; });
        if (it == groups.end()) {
            groups.append({group, asked, 0, 0, {}});
            it = groups.end() - 1;
        }
        const QString code = data.code(c.code) ? data.code(c.code)->path : QString();
        const QString coder = data.coderName(c.coder);
        if (m_coder == EachPassageOnce) {
            // The same passage from another coder (or under another code of the theme): one row naming both.
            auto same = std::find_if(it->extracts.begin(), it->extracts.end(), [&](const ReviewExtract& e) {
                return e.coding.source == c.source && e.coding.span.overlaps(c.span);
            });
            if (same != it->extracts.end()) {
                if (!same->coder.split(QStringLiteral(", ")).contains(coder))
                    same->coder += QStringLiteral(", ") + coder;
                if (!same->code.split(QStringLiteral(", ")).contains(code))
                    same->code += QStringLiteral(", ") + code;
                // Show the starred version of the passage, else its longest (the star acts on the coding shown).
                if (exemplars.contains(c.id) || (!same->exemplar && c.span.length() > same->coding.span.length())) {
                    same->coding = c;
                    same->text = data.extract(c, 0);
                    same->exemplar = exemplars.contains(c.id);
                }
                continue;
            }
        }
        ReviewExtract e;
        e.coding = c;
        e.text = data.extract(c, 0);
        const Participant* person = data.participant(who);
        e.participant = asked ? (!person ? tr("(interviewer)")
                                 : person->name.contains(QLatin1String("interviewer"), Qt::CaseInsensitive)
                                     ? QStringLiteral("(%1)").arg(person->name)
                                     : tr("(%1, interviewer)").arg(person->name))
                              : who ? data.label(who) : QString();
        e.source = data.source(c.source) ? data.source(c.source)->name : QString();
        e.code = code;
        e.coder = coder;
        e.exemplar = exemplars.contains(c.id);
        it->extracts.append(e);
    }
    // A group nobody of this theme's passages falls in says nothing here (it was an empty "No group" row).
    groups.removeIf([](const ReviewGroup& g) { return g.holders == 0 && g.extracts.isEmpty(); });
    // Exemplars first within each group, so the starred quotes are what a reviewer sees first.
    for (ReviewGroup& g : groups)
        std::stable_sort(g.extracts.begin(), g.extracts.end(), [](const ReviewExtract& a, const ReviewExtract& b) { return a.exemplar > b.exemplar; });
    m_model->setGroups(groups);
    m_tree->expandAll();
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_tree->setFirstColumnSpanned(g, {}, true);
    fitColumns();
    m_counts->setText(countsText());

    QString html;
    for (const Memo& m : store.memosFor(MemoTarget::Theme, m_theme))
        html += QStringLiteral("<p><b>%1</b> <span style='color:gray'>%2</span><br>%3</p>")
                    .arg(m.title.toHtmlEscaped(), m.author.toHtmlEscaped(), m.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_memos->setHtml(html);
    // At 720 px high an empty memo box left room for two and a half extracts; "Memo…" adds the first one.
    m_memoBox->setVisible(!html.isEmpty());
}

void ThemeReview::fitColumns()
{
    // The side columns share at most 45% of the width, the extract keeps the rest; what does not fit wraps
    // (WrapDelegate). Narrow columns get what they need first, the rest is shared equally among the wider ones.
    const int width = m_tree->viewport()->width();
    int budget = std::max(240, width * 45 / 100);
    QList<std::pair<int, int>> needs;  // (need, column)
    for (int c = ReviewModel::WhoColumn; c < ReviewModel::ColumnCount; ++c)
        needs.append({std::max(static_cast<QAbstractItemView*>(m_tree)->sizeHintForColumn(c), m_tree->header()->sectionSizeHint(c)), c});
    std::sort(needs.begin(), needs.end());
    for (qsizetype i = 0; i < needs.size(); ++i) {
        const int share = budget / int(needs.size() - i);
        const int w = std::min(needs[i].first, share);
        m_tree->setColumnWidth(needs[i].second, w);
        budget -= w;
    }
}

void ThemeReview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

QString ThemeReview::countsText() const
{
    QStringList parts;
    for (const ReviewGroup& g : m_model->groups())
        if (!g.name.isEmpty() && !g.interviewers)
            parts.append(ReviewModel::countText(g));
    return parts.join(QStringLiteral(", "));
}

bool ThemeReview::setExemplar(Id coding, bool exemplar)
{
    const auto t = m_session ? m_session->store().theme(m_theme) : std::nullopt;
    return t && m_session->push(new SetExemplar(*m_session, t->guid, coding, exemplar));
}

void ThemeReview::commitDefinition()
{
    const auto t = m_session ? m_session->store().theme(m_theme) : std::nullopt;
    if (t && m_definition->toPlainText() != t->definition)
        m_session->push(new SetThemeDefinition(*m_session, t->guid, t->definition, m_definition->toPlainText(), t->version));
}

void ThemeReview::editMemo()
{
    const auto t = m_session ? m_session->store().theme(m_theme) : std::nullopt;
    if (!t)
        return;
    const QList<Memo> memos = m_session->store().memosFor(MemoTarget::Theme, t->id);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Memo on “%1”").arg(t->name), tr("Memo:"),
                                                        memos.isEmpty() ? QString() : memos.first().text, &ok);
    if (!ok)
        return;
    const auto coder = m_session->store().coder(m_session->coder());
    m_session->push(new SetMemo(*m_session, MemoTarget::Theme, t->id, t->name, text, coder ? coder->name : QString()));
}

}  // namespace thema
