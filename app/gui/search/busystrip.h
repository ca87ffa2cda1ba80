#pragma once

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace thema {

/**
 * A progress bar with a label and a Cancel button for work running off the GUI thread. start() hands out a
 * fresh cancel flag for the worker; Cancel sets it. progress() may be called through a queued connection.
 */
class BusyStrip : public QWidget {
    Q_OBJECT
public:
    explicit BusyStrip(QWidget* parent = nullptr);

    /** Shows the strip with @p text and returns the flag the worker polls. */
    std::shared_ptr<std::atomic_bool> start(const QString& text);
    void finish();
    bool busy() const { return m_flag != nullptr; }

public slots:
    /** @p total 0: busy without a known amount. @p text, when given, becomes the label (unless cancelling). */
    void progress(int done, int total, const QString& text = {});
    void cancel();

signals:
    void cancelled();

private:
    QLabel* m_label;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    std::shared_ptr<std::atomic_bool> m_flag;
};

}  // namespace thema
