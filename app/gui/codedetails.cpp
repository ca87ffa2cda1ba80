#include "codedetails.h"

#include "commands/setcodedescription.h"
#include "session.h"
#include "store/projectstore.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace thema {

CodeDetails::CodeDetails(QWidget* parent) : QWidget(parent), m_title(new QLabel), m_color(new QPushButton(tr("Colour…"))),
      m_memo(new QPushButton(tr("Memo…"))), m_timer(new QTimer(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title->setTextFormat(Qt::PlainText);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    top->addWidget(m_color);
    top->addWidget(m_memo);
    layout->addLayout(top);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const QString labels[4] = {tr("&Definition"), tr("When to &use"), tr("When &not to use"), tr("E&xample")};
    for (int i = 0; i < 4; ++i) {
        m_fields[i] = new QPlainTextEdit;
        m_fields[i]->setTabChangesFocus(true);
        // Four lines each, fixed: a text edit would ask for ~190 px and four of them crowd out the transcript, and
        // an ignored height let the form squeeze the fields under their labels (labels printed over the text).
        // The dock scrolls instead (MainWindow puts this widget in a scroll area).
        m_fields[i]->setFixedHeight(m_fields[i]->fontMetrics().lineSpacing() * 4 + 2 * m_fields[i]->frameWidth() + 8);
        m_fields[i]->installEventFilter(this);
        form->addRow(labels[i], m_fields[i]);
        connect(m_fields[i], &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_timer->start();
        });
    }
    layout->addLayout(form);
    m_timer->setSingleShot(true);
    m_timer->setInterval(700);
    connect(m_timer, &QTimer::timeout, this, &CodeDetails::commit);
    connect(m_color, &QPushButton::clicked, this, [this] { emit colorRequested(m_code); });
    connect(m_memo, &QPushButton::clicked, this, [this] { emit memoRequested(m_code); });
    showCode(0);
}

void CodeDetails::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(&session->store(), &ProjectStore::codesChanged, this, &CodeDetails::refresh);
    m_code = 0;
    refresh();
}

void CodeDetails::showCode(Id code)
{
    commit();
    m_code = code;
    refresh();
}

void CodeDetails::refresh()
{
    if (m_timer->isActive())
        return;  // the user is typing; their text wins
    const auto code = m_session && m_code ? m_session->store().code(m_code) : std::nullopt;
    if (!code)
        m_code = 0;
    m_loading = true;
    m_shown = code ? code->description : CodeDescription();
    m_shownVersion = code ? code->version : 0;
    m_title->setText(code ? code->path : tr("Select a code to describe it."));
    const QString values[4] = {m_shown.definition, m_shown.whenToUse, m_shown.whenNotToUse, m_shown.example};
    for (int i = 0; i < 4; ++i) {
        if (m_fields[i]->toPlainText() != values[i])
            m_fields[i]->setPlainText(values[i]);
        m_fields[i]->setEnabled(code.has_value());
    }
    m_color->setEnabled(code.has_value());
    m_memo->setEnabled(code.has_value());
    if (code)
        m_color->setStyleSheet(QStringLiteral("QPushButton { border-left: 10px solid %1; padding-left: 6px; }").arg(code->color));
    else
        m_color->setStyleSheet({});
    m_loading = false;
}

CodeDescription CodeDetails::edited() const
{
    return {m_fields[0]->toPlainText(), m_fields[1]->toPlainText(), m_fields[2]->toPlainText(), m_fields[3]->toPlainText()};
}

void CodeDetails::commit()
{
    m_timer->stop();
    if (!m_session || !m_code)
        return;
    const CodeDescription now = edited();
    if (now == m_shown)
        return;
    const CodeDescription before = m_shown;
    m_shown = now;
    if (!m_session->push(new SetCodeDescription(*m_session, m_code, before, now, m_shownVersion)))
        refresh();  // refused (e.g. another member changed it since): show what the code says now
}

bool CodeDetails::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

}  // namespace thema
