#include "storecommand.h"

#include "model/error.h"
#include "session.h"
#include "store/projectstore.h"

namespace thema {

StoreCommand::StoreCommand(Session& session, const QString& text) : QUndoCommand(text), m_session(session) {}

ProjectStore& StoreCommand::store() const { return m_session.store(); }

QString StoreCommand::codeGuid(Id id) const
{
    const auto c = store().code(id);
    return c ? c->guid : QString();
}

Id StoreCommand::liveCode(const QString& guid, const QString& name) const
{
    const auto c = guid.isEmpty() ? std::nullopt : store().codeByGuid(guid);
    if (!c)
        throw Error(name.isEmpty() ? QObject::tr("the code is no longer in the project (another program changed it)")
                                   : QObject::tr("the code \"%1\" is no longer in the project (another program changed it)").arg(name));
    return c->id;
}

void StoreCommand::checkCoding(Id id, const QString& guid) const
{
    const auto c = store().coding(id);
    if (!c || c->guid != guid)
        throw Error(QObject::tr("the coding is no longer in the project as this step left it (another program changed it)"));
}

void StoreCommand::checkSource(Id id, const QString& guid) const
{
    const auto s = store().source(id);
    if (!s || s->guid != guid)
        throw Error(QObject::tr("the source is no longer in the project as this step left it (another program changed it)"));
}

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
