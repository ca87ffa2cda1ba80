#pragma once

#include <QDialog>

class QTextBrowser;

namespace thema {

/** Help > Getting Started, Keyboard Shortcuts and About: short pages in one window with a page list. */
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    /** @p page: "start", "keys" or "about". */
    explicit HelpDialog(const QString& page, QWidget* parent = nullptr);
    QString text() const;

private:
    QTextBrowser* m_text;
};

}  // namespace thema
