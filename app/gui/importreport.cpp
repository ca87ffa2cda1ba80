#include "importreport.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace thema {

ImportReport::ImportReport(int imported, const QStringList& failures, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("importReport"));
    setWindowTitle(tr("Import"));
    auto* summary = new QLabel(imported ? tr("Imported %n file(s). ", nullptr, imported) +
                                              tr("These %n file(s) were not imported:", nullptr, int(failures.size()))
                                        : tr("Nothing was imported. These %n file(s) could not be read:", nullptr,
                                             int(failures.size())));
    summary->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("importFailures"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(failures.join(QLatin1Char('\n')));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyFailures"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 280);
}

QString ImportReport::text() const
{
    return m_text->toPlainText();
}

}  // namespace thema
