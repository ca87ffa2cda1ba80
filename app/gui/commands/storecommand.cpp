#include "storecommand.h"

#include "model/error.h"
#include "session.h"
#include "store/projectstore.h"

namespace thema {

StoreCommand::StoreCommand(Session& session, const QString& text) : QUndoCommand(text), m_session(session) {}

ProjectStore& StoreCommand::store() const { return m_session.store(); }

void StoreCommand::redo()
{
    if (!m_applied) {
        apply();  // may throw: Session::push then refuses the command
        m_applied = true;
        return;
    }
    try {
        apply();
    } catch (const Error& e) {
        m_session.reportError(QObject::tr("Cannot redo \"%1\": %2").arg(text(), e.message()));
        setObsolete(true);
    }
}

void StoreCommand::undo()
{
    try {
        revert();
    } catch (const Error& e) {
        m_session.reportError(QObject::tr("Cannot undo \"%1\": %2").arg(text(), e.message()));
        setObsolete(true);
    }
}

}  // namespace thema
