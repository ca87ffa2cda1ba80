#include "storecommand.h"

#include "model/error.h"
#include "session.h"
#include "store/projectstore.h"

#include <utility>

namespace thema {

StoreCommand::StoreCommand(Session& session, const QString& text) : QUndoCommand(text), m_session(session) {}

ProjectStore& StoreCommand::store() const { return m_session.store(); }

QString StoreCommand::codeGuid(Id id) const
{
    // Called from constructors, outside Session::push's guard: a failed read gives no guid, so that applying the
    // command is refused with a message (liveCode) instead of an exception escaping into the caller's slot.
    try {
        const auto c = store().code(id);
        return c ? c->guid : QString();
    } catch (const Error&) {
        return {};
    }
}

Id StoreCommand::liveCode(const QString& guid, const QString& name) const
{
    const auto c = guid.isEmpty() ? std::nullopt : store().codeByGuid(guid);
    if (!c)
        throw Error(name.isEmpty() ? QObject::tr("the code is no longer in the project (another program changed it)")
                                   : QObject::tr("the code \"%1\" is no longer in the project (another program changed it)").arg(name));
    return c->id;
}

QStringList StoreCommand::codeGuids(const QList<Id>& ids) const
{
    QStringList guids;
    for (Id id : ids)
        guids.append(codeGuid(id));
    return guids;
}

QList<Id> StoreCommand::liveCodes(const QStringList& guids) const
{
    QList<Id> ids;
    for (const QString& guid : guids)
        ids.append(liveCode(guid, {}));
    return ids;
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

QString StoreCommand::sourceGuid(Id id) const
{
    const auto s = id ? store().source(id) : std::nullopt;
    return s ? s->guid : QString();
}

Id StoreCommand::liveSource(const QString& guid) const
{
    if (guid.isEmpty())
        return 0;
    const auto s = store().sourceByGuid(guid);
    if (!s)
        throw Error(QObject::tr("the source is no longer in the project (another program removed it)"));
    return s->id;
}

QString StoreCommand::participantGuid(Id id) const
{
    const auto p = id ? store().participant(id) : std::nullopt;
    return p ? p->guid : QString();
}

Id StoreCommand::liveParticipant(const QString& guid, const QString& name) const
{
    if (guid.isEmpty())
        return 0;
    const auto p = store().participantByGuid(guid);
    if (!p)
        throw Error(name.isEmpty()
                        ? QObject::tr("the participant is no longer in the project (another program removed it)")
                        : QObject::tr("the participant \"%1\" is no longer in the project (another program removed it)").arg(name));
    return p->id;
}

QString StoreCommand::applyNow()
{
    try {
        apply();
        m_applied = m_appliedOnce = true;
        return {};
    } catch (const Error& e) {
        return e.message();
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
}

void StoreCommand::redo()
{
    if (std::exchange(m_applied, false))
        return;  // applyNow() made the change just before QUndoStack::push called this
    try {
        apply();
        m_appliedOnce = true;
    } catch (const Error& e) {
        m_session.reportError(QObject::tr("Cannot redo \"%1\": %2").arg(text(), e.message()));
        setObsolete(true);
    } catch (const std::exception& e) {
        m_session.reportError(QObject::tr("Cannot redo \"%1\": %2").arg(text(), QString::fromUtf8(e.what())));
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
    } catch (const std::exception& e) {
        m_session.reportError(QObject::tr("Cannot undo \"%1\": %2").arg(text(), QString::fromUtf8(e.what())));
        setObsolete(true);
    }
}

}  // namespace thema
