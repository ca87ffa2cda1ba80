#include "codingactions.h"

#include "commands/addcode.h"
#include "commands/addcoding.h"
#include "commands/removecoding.h"
#include "commands/setcodingmemo.h"
#include "quickcodepopup.h"
#include "model/error.h"
#include "session.h"
#include "store/postgres/teamidentity.h"
#include "store/postgres/teamproject.h"
#include "store/projectstore.h"
#include "transcriptview.h"
#include "wordsnap.h"

#include <QInputDialog>
#include <QUndoStack>

namespace thema {

CodingActions::CodingActions(TranscriptView* view, QWidget* dialogParent)
    : QObject(view), m_view(view), m_dialogParent(dialogParent), m_popup(new QuickCodePopup(dialogParent))
{
    connect(m_popup, &QuickCodePopup::codeChosen, this, &CodingActions::applyCode);
    connect(m_popup, &QuickCodePopup::newCodeRequested, this, &CodingActions::applyNewCode);
    connect(view, &TranscriptView::quickCodeRequested, this, &CodingActions::showQuickCode);
    connect(view, &TranscriptView::uncodeRequested, this, &CodingActions::uncode);
    connect(view, &TranscriptView::codingMemoRequested, this, &CodingActions::editCodingMemo);
}

void CodingActions::setSession(Session* session)
{
    m_session = session;
}

bool CodingActions::ready(Span& span)
{
    if (!m_session)
        return false;
    if (!m_session->coder()) {
        m_session->reportError(tr("Choose who is coding (the coder box in the toolbar) before coding."));
        return false;
    }
    span = m_view->selectedSpan();
    if (span.isEmpty()) {
        emit status(tr("Select some text to code first."));
        return false;
    }
    return true;
}

bool CodingActions::codeSpan(Id source, const Span& span, Id code)
{
    if (!m_session || !m_session->coder() || span.isEmpty())
        return false;
    ProjectStore& store = m_session->store();
    const auto c = store.code(code);
    if (!c)
        return false;
    if (store.findCoding(source, span, code, m_session->coder())) {
        emit status(tr("This passage is already coded with \"%1\".").arg(c->name));
        return false;
    }
    Coding coding;
    coding.source = source;
    coding.span = span;
    coding.code = code;
    coding.coder = m_session->coder();
    auto* command = new AddCoding(*m_session, coding, c->name);
    if (!m_session->push(command))
        return false;
    m_session->noteCodeUsed(code);
    emit status(tr("Coded with \"%1\".").arg(c->path));
    return true;
}

bool CodingActions::applyCode(Id code)
{
    Span span;
    if (!ready(span))
        return false;
    return codeSpan(m_view->source(), span, code);
}

bool CodingActions::applyNewCode(const QString& typed)
{
    Span span;
    if (!ready(span))
        return false;
    ProjectStore& store = m_session->store();
    QString name = typed.trimmed();
    Code code;
    // "Parent/Child" files the new code under an existing parent; otherwise '/' cannot be part of a name.
    if (const qsizetype slash = name.lastIndexOf(QLatin1Char('/')); slash > 0) {
        if (const auto parent = store.codeByPath(name.left(slash))) {
            code.parent = parent->id;
            name = name.mid(slash + 1).trimmed();
        } else {
            name.replace(QLatin1Char('/'), QLatin1Char('-'));
        }
    }
    if (name.isEmpty())
        return false;
    for (const Code& c : store.codes())
        if (c.parent == code.parent && c.name.compare(name, Qt::CaseInsensitive) == 0)
            return codeSpan(m_view->source(), span, c.id);  // it exists: just apply it
    code.name = name;
    auto* add = new AddCode(*m_session, code);
    m_session->undoStack()->beginMacro(tr("Code with new code \"%1\"").arg(name));
    bool ok = m_session->push(add);
    if (ok)
        ok = codeSpan(m_view->source(), span, add->codeId());
    m_session->undoStack()->endMacro();
    return ok;
}

bool CodingActions::codeInVivo()
{
    Span span;
    if (!ready(span))
        return false;
    const QString name = inVivoName(m_view->selectedSpanText());
    if (name.isEmpty())
        return false;
    return applyNewCode(name);
}

bool CodingActions::applyRecent(int n)
{
    if (!m_session || n >= m_session->recentCodes().size())
        return false;
    return applyCode(m_session->recentCodes().at(n));
}

void CodingActions::uncode(Id coding)
{
    if (!m_session)
        return;
    const auto c = m_session->store().coding(coding);
    if (!c)
        return;
    if (c->coder != m_session->coder()) {
        m_session->reportError(tr("This coding belongs to another coder; switch coder to uncode it."));
        return;
    }
    m_session->push(new RemoveCoding(*m_session, coding));
}

void CodingActions::editCodingMemo(Id coding)
{
    if (!m_session)
        return;
    const auto c = m_session->store().coding(coding);
    if (!c)
        return;
    const QString code = m_session->store().code(c->code) ? m_session->store().code(c->code)->name : QString();
    bool ok = false;
    const QString memo = QInputDialog::getMultiLineText(m_dialogParent, tr("Coding memo"),
                                                        tr("Memo on this \"%1\" coding:").arg(code), c->memo, &ok);
    if (ok && memo != c->memo)
        m_session->push(new SetCodingMemo(*m_session, coding, c->memo, memo));
}

void CodingActions::showQuickCode()
{
    if (!m_session || m_view->selectedSpan().isEmpty())
        return;
    // On a team project only owners change the codebook; a coder is offered the existing codes only.
    bool canCreate = true;
    if (team::isTeamProject(m_session->store())) {
        try {
            canCreate = team::whoAmI(m_session->store()).role == team::Role::Owner;
        } catch (const Error&) {
            canCreate = false;
        }
    }
    m_popup->setCanCreate(canCreate);
    m_popup->popup(m_session->store(), m_session->recentCodes(), m_view->popupPosition());
}

}  // namespace thema
