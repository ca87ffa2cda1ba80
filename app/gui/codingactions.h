#pragma once

#include "model/entities.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace thema {

class QuickCodePopup;
class Session;
class TranscriptView;

/**
 * What a researcher does to the transcript's selection, each as undo commands through the session: apply a
 * code, create and apply a new one, code in vivo, uncode, write a coding memo. The views ask; this decides.
 */
class CodingActions : public QObject {
    Q_OBJECT
public:
    CodingActions(TranscriptView* view, QWidget* dialogParent);

    void setSession(Session* session);
    QuickCodePopup* popup() const { return m_popup; }

    /** Codes the view's selection with @p code as the current coder. False when nothing was coded. */
    bool applyCode(Id code);
    /** Codes @p span of @p source (code points) with @p code: for drops on the codebook. */
    bool codeSpan(Id source, const Span& span, Id code);
    /** Creates the code @p name ("Parent/Child" when the parent exists) and applies it, as one undo step. */
    bool applyNewCode(const QString& name);
    /** The selection's own words become a code's name, and the code is applied. */
    bool codeInVivo();
    /** The @p n-th recently used code (0-based), applied to the selection. */
    bool applyRecent(int n);
    void uncode(Id coding);
    void editCodingMemo(Id coding);
    /** Shows the quick-code popup under the selection. */
    void showQuickCode();

signals:
    void status(const QString& message);

private:
    bool ready(Span& span);

    TranscriptView* m_view;
    QWidget* m_dialogParent;
    QPointer<Session> m_session;
    QuickCodePopup* m_popup;
};

}  // namespace thema
