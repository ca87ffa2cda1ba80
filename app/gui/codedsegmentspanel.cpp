#include "codedsegmentspanel.h"

#include "codedsegmentsmodel.h"
#include "session.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace thema {

CodedSegmentsPanel::CodedSegmentsPanel(QWidget* parent)
    : QWidget(parent), m_model(new CodedSegmentsModel(this)), m_title(new QLabel), m_subcodes(new QCheckBox(tr("with &subcodes"))),
      m_coder(new QComboBox), m_group(new QComboBox), m_view(new QTableView)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_subcodes);
    row->addWidget(new QLabel(tr("Coder:")));
    row->addWidget(m_coder);
    row->addWidget(new QLabel(tr("Group:")));
    row->addWidget(m_group);
    layout->addLayout(row);
    layout->addWidget(m_view);
    m_subcodes->setChecked(true);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("codedSegments"));
    m_title->setObjectName(QStringLiteral("segmentsTitle"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_title->setText(tr("Select a code to see its extracts."));
    connect(m_subcodes, &QCheckBox::toggled, this, [this] { showCode(m_model->code()); });
    connect(m_coder, &QComboBox::activated, this, [this] { m_model->setCoderFilter(m_coder->currentData().toLongLong()); });
    connect(m_group, &QComboBox::activated, this, [this] { m_model->setGroupFilter(m_group->currentData().toString()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit jumpRequested(i.data(CodedSegmentsModel::SourceRole).toLongLong(),
                           Span{i.data(CodedSegmentsModel::StartRole).toLongLong(), i.data(CodedSegmentsModel::EndRole).toLongLong()},
                           i.data(CodedSegmentsModel::CodingRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->code() && m_session)
            if (const auto c = m_session->store().code(m_model->code()))
                m_title->setText(tr("<b>%1</b>: %n extract(s)", nullptr, m_model->rowCount()).arg(c->path.toHtmlEscaped()));
        for (int col = 0; col < CodedSegmentsModel::ExtractColumn; ++col)
            m_view->resizeColumnToContents(col);
    });
}

void CodedSegmentsPanel::setSession(Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    if (session) {
        connect(&session->store(), &ProjectStore::participantsChanged, this, &CodedSegmentsPanel::refreshFilters);
        connect(&session->store(), &ProjectStore::codersChanged, this, &CodedSegmentsPanel::refreshFilters);
        connect(session, &Session::visibilityChanged, this, &CodedSegmentsPanel::refreshFilters);
    }
    showCode(0);  // nothing of the previous project's code stays in the header or the table
    refreshFilters();
}

void CodedSegmentsPanel::refreshFilters()
{
    m_coder->clear();
    m_coder->addItem(tr("All shown"), Id(0));
    m_group->clear();
    m_group->addItem(tr("Everyone"), QString());
    if (!m_session)
        return;
    for (const Coder& c : m_session->store().coders())
        if (m_session->isVisible(c.id))
            m_coder->addItem(c.name, c.id);
    for (const QString& g : m_model->groups())
        m_group->addItem(g, g);
    m_model->setCoderFilter(0);
    m_model->setGroupFilter({});
}

void CodedSegmentsPanel::showCode(Id code)
{
    m_model->setCode(code, m_subcodes->isChecked());
    if (!code)
        m_title->setText(tr("Select a code to see its extracts."));
}

}  // namespace thema
