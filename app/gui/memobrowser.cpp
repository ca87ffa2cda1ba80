#include "memobrowser.h"

#include "session.h"
#include "store/projectstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace thema {
namespace {

enum Role { TextRole = Qt::UserRole + 1, SourceRole, StartRole, EndRole };

}  // namespace

MemoBrowser::MemoBrowser(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_view(new QTableView), m_text(new QTextBrowser)
{
    setObjectName(QStringLiteral("memoBrowser"));
    setWindowTitle(tr("Memos"));
    m_filter->setPlaceholderText(tr("Filter memos…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_text);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        m_text->setPlainText(i.siblingAtColumn(0).data(TextRole).toString());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) {
        const QModelIndex first = i.siblingAtColumn(0);
        if (const Id source = first.data(SourceRole).toLongLong())
            emit openRequested(source, Span{first.data(StartRole).toLongLong(), first.data(EndRole).toLongLong()});
    });
    resize(820, 560);
    reload();
}

int MemoBrowser::count() const { return m_model->rowCount(); }

void MemoBrowser::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("On"), tr("About"), tr("Author"), tr("Memo")});
    if (!m_session)
        return;
    const ProjectStore& store = m_session->store();
    const auto add = [this](const QString& kind, const QString& about, const QString& author, const QString& title, const QString& text,
                            Id source, const Span& span) {
        auto* first = new QStandardItem(kind);
        first->setData(text, TextRole);
        first->setData(source, SourceRole);
        first->setData(span.start, StartRole);
        first->setData(span.end, EndRole);
        const QString line = (title.isEmpty() ? QString() : title + QStringLiteral(": ")) + text.section(QLatin1Char('\n'), 0, 0);
        m_model->appendRow({first, new QStandardItem(about), new QStandardItem(author), new QStandardItem(line)});
    };
    QHash<Id, QString> sources, codes, themes, people;
    for (const Source& s : store.sources())
        sources.insert(s.id, s.name);
    for (const Code& c : store.codes())
        codes.insert(c.id, c.path);
    for (const Theme& t : store.themes())
        themes.insert(t.id, t.path);
    for (const Participant& p : store.participants())
        people.insert(p.id, p.name);
    for (const Memo& m : store.memos()) {
        QString about;
        Id source = 0;
        Span span;
        switch (m.target) {
        case MemoTarget::Project: about = tr("the project"); break;
        case MemoTarget::Source:
            about = sources.value(m.targetId);
            source = m.targetId;
            span = m.anchor.value_or(Span{});
            break;
        case MemoTarget::Code: about = codes.value(m.targetId); break;
        case MemoTarget::Theme: about = themes.value(m.targetId); break;
        case MemoTarget::Participant: about = people.value(m.targetId); break;
        case MemoTarget::Coding:
            if (const auto c = store.coding(m.targetId)) {
                about = tr("%1 in %2").arg(codes.value(c->code), sources.value(c->source));
                source = c->source;
                span = c->span;
            }
            break;
        }
        add(memoTargetName(m.target), about, m.author, m.title, m.text, source, span);
    }
    QHash<Id, QString> coders;
    for (const Coder& c : store.coders())
        coders.insert(c.id, c.name);
    CodingFilter all;
    all.timestamps = false;
    for (const Coding& c : store.codings(all))
        if (!c.memo.trimmed().isEmpty())
            add(memoTargetName(MemoTarget::Coding), tr("%1 in %2").arg(codes.value(c.code), sources.value(c.source)), coders.value(c.coder),
                {}, c.memo, c.source, c.span);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 220));
}

}  // namespace thema
