#pragma once

#include "model/entities.h"

#include <QUndoCommand>

namespace thema {

class ProjectStore;
class Session;

/**
 * Base of the undo commands: apply() and revert() call the store, each change one transaction.
 *
 * No exception leaves redo() or undo(), which Qt's QUndoStack calls: Session::push makes the change first with
 * applyNow() (a refusal comes back as a message and the command is never pushed), and a redo or undo that fails
 * (the project changed underneath) reports the error and marks the command obsolete, so the stack drops it.
 */
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Session& session, const QString& text);

    void redo() final;
    void undo() final;

    /**
     * Makes the change now, before the command is pushed: returns the refusal's message (nothing changed), or an
     * empty string on success, after which the first redo() (QUndoStack::push's) does nothing.
     */
    QString applyNow();

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    ProjectStore& store() const;
    Session& session() const { return m_session; }

    // Undo and redo address entities by GUID, never by row id alone: another program (thema-cli) may have removed
    // an entity and a new one may have reused its id. These throw Error (so the step is refused with a message)
    // when the entity is no longer the one this command saw.
    /** The GUID of code @p id now (empty when there is none, or when the project cannot be read). */
    QString codeGuid(Id id) const;
    /** The id of the code with @p guid; throws when it is gone. @p name is how the message names it. */
    Id liveCode(const QString& guid, const QString& name) const;
    /** Throws unless coding @p id exists and is still the coding with @p guid. */
    void checkCoding(Id id, const QString& guid) const;
    /** Throws unless source @p id exists and is still the source with @p guid. */
    void checkSource(Id id, const QString& guid) const;
    /** codeGuid of each code. */
    QStringList codeGuids(const QList<Id>& ids) const;
    /**
     * The version an edit checks (optimistic versioning, see ProjectStore): @p seen, the version of the object the
     * user saw when the command was made, on the first apply, so an edit of an object someone else changed since is
     * refused with its current value; 0 (whatever is current) on undo and redo, which restore this command's values.
     */
    qint64 versionToCheck(qint64 seen) const { return m_appliedOnce ? 0 : seen; }
    /** liveCode of each GUID; throws when one is gone. */
    QList<Id> liveCodes(const QStringList& guids) const;
    /** The GUID of source @p id now (empty for 0 or a missing one). */
    QString sourceGuid(Id id) const;
    /** The id of the source with @p guid (0 for an empty guid); throws when it is gone. */
    Id liveSource(const QString& guid) const;
    /** The GUID of participant @p id now (empty for 0 or a missing one). */
    QString participantGuid(Id id) const;
    /** The id of the participant with @p guid (0 for an empty guid); throws naming @p name when it is gone. */
    Id liveParticipant(const QString& guid, const QString& name = {}) const;

private:
    Session& m_session;
    bool m_applied = false;  ///< applyNow() succeeded and its redo() is still to come
    bool m_appliedOnce = false;
};

}  // namespace thema
