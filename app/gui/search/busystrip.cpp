#include "busystrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace thema {

BusyStrip::BusyStrip(QWidget* parent)
    : QWidget(parent), m_label(new QLabel), m_bar(new QProgressBar), m_cancel(new QPushButton(tr("Cancel")))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &BusyStrip::cancel);
    hide();
}

std::shared_ptr<std::atomic_bool> BusyStrip::start(const QString& text)
{
    m_flag = std::make_shared<std::atomic_bool>(false);
    m_label->setText(text);
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    show();
    return m_flag;
}

void BusyStrip::finish()
{
    m_flag.reset();
    hide();
}

void BusyStrip::progress(int done, int total, const QString& text)
{
    if (!text.isEmpty() && m_cancel->isEnabled())
        m_label->setText(text);
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void BusyStrip::cancel()
{
    if (!m_flag)
        return;
    m_flag->store(true);
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
    emit cancelled();
}

}  // namespace thema
