#include "participantsdialog.h"

#include "participantmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace thema {

ParticipantsDialog::ParticipantsDialog(Session* session, QWidget* parent) : QDialog(parent), m_model(new ParticipantModel(this))
{
    setWindowTitle(tr("Participants and attributes"));
    m_model->setSession(session);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Double-click a cell to set an attribute such as role or site; clear it to remove it. "
                               "Changes are saved at once and can be undone."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* table = new QTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* add = buttons->addButton(tr("Add &attribute…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add attribute"), tr("Attribute name (e.g. role, site, age band):"),
                                                  QLineEdit::Normal, {}, &ok);
        if (ok)
            m_model->addKey(key);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 24);
}

}  // namespace thema
