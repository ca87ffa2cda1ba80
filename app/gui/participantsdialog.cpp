#include "participantsdialog.h"

#include "choicedelegate.h"
#include "commands/participantedits.h"
#include "participantmodel.h"
#include "session.h"
#include "speakermapmodel.h"
#include "store/projectstore.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace thema {
namespace {

QTableView* makeTable(QAbstractItemModel* model)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    return table;
}

QWidget* page(const QString& hint, QTableView* table)
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    auto* label = new QLabel(hint);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(table);
    return w;
}

}  // namespace

ParticipantsDialog::ParticipantsDialog(Session* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new ParticipantModel(this)), m_speakers(new SpeakerMapModel(this))
{
    setWindowTitle(tr("Participants and attributes"));
    m_model->setSession(session);
    m_speakers->setSession(session);
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget;

    m_table = makeTable(m_model);
    m_table->setItemDelegate(new ChoiceDelegate(true, m_table));
    m_table->setItemDelegateForColumn(ParticipantModel::NameColumn, new QStyledItemDelegate(m_table));
    m_table->resizeColumnsToContents();
    tabs->addTab(page(tr("Double-click a name to rename; tick Interviewer for the people who asked the questions (they are never "
                         "counted). Double-click a cell to set an attribute such as role or site: pick a value already used, "
                         "or type a new one; clear it to remove it."), m_table),
                 tr("&Participants"));

    auto* speakers = makeTable(m_speakers);
    speakers->setItemDelegateForColumn(SpeakerMapModel::ParticipantColumn, new ChoiceDelegate(false, speakers));
    speakers->resizeColumnsToContents();
    tabs->addTab(page(tr("Who speaks in each source. Double-click a participant to map a speaker to someone else, or to attach "
                         "a source without speaker labels (e.g. a Word file) to the person interviewed; tick Interviewer "
                         "for the speaker who asked the questions."), speakers),
                 tr("&Speakers and sources"));
    layout->addWidget(tabs);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons->addButton(tr("Add &participant…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &ParticipantsDialog::addParticipant);
    QPushButton* merge = buttons->addButton(tr("&Merge into…"), QDialogButtonBox::ActionRole);
    merge->setToolTip(tr("Merge the selected participant into another (e.g. two spellings of one person)"));
    connect(merge, &QPushButton::clicked, this, &ParticipantsDialog::mergeSelected);
    connect(buttons->addButton(tr("Add &attribute…"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add attribute"), tr("Attribute name (e.g. role, site, age band):"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            m_model->addKey(key);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return ends a cell edit or a rename; it must not press Close (a dialog's first button is its default).
    for (QAbstractButton* b : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    layout->addWidget(buttons);
    // Wide enough for source, speaker and participant side by side (at 110 characters the participant column was
    // cut behind a scroll bar), never wider than the screen.
    QSize size(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 30);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void ParticipantsDialog::addParticipant()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add participant"), tr("Name (e.g. P12):"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        m_session->push(new AddParticipant(*m_session, name));
}

void ParticipantsDialog::mergeSelected()
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    const Participant* from = rows.isEmpty() ? nullptr : m_model->participantAt(rows.first().row());
    if (!from)
        return;
    QStringList names;
    QList<Id> ids;
    for (const Participant& p : m_session->store().participants())
        if (p.id != from->id) {
            names.append(p.name);
            ids.append(p.id);
        }
    bool ok = false;
    const QString into = QInputDialog::getItem(this, tr("Merge participant"),
                                               tr("Merge \"%1\" into (its turns, sources and attributes move there):").arg(from->name),
                                               names, 0, false, &ok);
    if (ok && names.contains(into))
        m_session->push(new MergeParticipant(*m_session, from->id, ids[names.indexOf(into)]));
}

}  // namespace thema
