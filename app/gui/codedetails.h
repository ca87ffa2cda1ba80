#pragma once

#include "model/entities.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace thema {

class Session;

/**
 * The description editor of the selected code: definition, when to use, when not to use, example.
 * Typing is saved shortly after it pauses (and when the code changes or the field loses focus), as one
 * undoable edit per burst of typing.
 */
class CodeDetails : public QWidget {
    Q_OBJECT
public:
    explicit CodeDetails(QWidget* parent = nullptr);
    void setSession(Session* session);
    void showCode(Id code);
    /** Saves pending typing now. */
    void commit();

signals:
    void colorRequested(thema::Id code);
    void memoRequested(thema::Id code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    CodeDescription edited() const;

    QPointer<Session> m_session;
    Id m_code = 0;
    CodeDescription m_shown;
    qint64 m_shownVersion = 0;  ///< the code's version when m_shown was read (a stale edit is refused)
    QLabel* m_title;
    QPushButton* m_color;
    QPushButton* m_memo;
    QPlainTextEdit* m_fields[4];
    QTimer* m_timer;
    bool m_loading = false;
};

}  // namespace thema
