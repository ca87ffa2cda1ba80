#include "importreport.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thema {

ImportReport::ImportReport(int imported, const QStringList& failures, const QStringList& interviewers, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import"));
    const QString heading = failures.isEmpty() ? tr("Imported %n file(s).", nullptr, imported)
                      : imported ? tr("Imported %n file(s). ", nullptr, imported) +
                                       tr("%n file(s) could not be imported:", nullptr, int(failures.size()))
                                 : tr("Nothing was imported. %n file(s) could not be read:", nullptr, int(failures.size()));
    auto* summary = new QLabel(heading);
    summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("importFailures"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(failures.join(QLatin1Char('\n')));
    m_text->setVisible(!failures.isEmpty());
    auto* chosen = new QPlainTextEdit(interviewers.join(QLatin1Char('\n')), this);
    chosen->setObjectName(QStringLiteral("importInterviewers"));
    chosen->setReadOnly(true);
    chosen->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    chosen->setVisible(!interviewers.isEmpty());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (!interviewers.isEmpty()) {
        QPushButton* change = buttons->addButton(tr("Change &Interviewers…"), QDialogButtonBox::ActionRole);
        change->setObjectName(QStringLiteral("changeInterviewers"));
        connect(change, &QPushButton::clicked, this, &ImportReport::participantsRequested);
    }
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyFailures"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_text, 1);
    if (!interviewers.isEmpty()) {
        auto* note = new QLabel(tr("Interviewers are never counted. Check whom each transcript's speakers were taken as:"));
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addWidget(chosen, 1);
    }
    layout->addWidget(buttons);
    resize(640, 280);
}

QString ImportReport::text() const
{
    return m_text->toPlainText();
}

}  // namespace thema
