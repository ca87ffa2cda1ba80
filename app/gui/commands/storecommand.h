#pragma once

#include "model/entities.h"

#include <QUndoCommand>

namespace thema {

class ProjectStore;
class Session;

/**
 * Base of the undo commands: apply() and revert() call the store, each change one transaction.
 *
 * The first redo() lets a thema::Error escape, so Session::push can refuse the command with nothing changed.
 * A later redo or undo that fails (the project changed underneath) reports the error and marks the command
 * obsolete, so the stack drops it instead of crashing.
 */
class StoreCommand : public QUndoCommand {
public:
    StoreCommand(Session& session, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    ProjectStore& store() const;
    Session& session() const { return m_session; }

    // Undo and redo address entities by GUID, never by row id alone: another program (thema-cli) may have removed
    // an entity and a new one may have reused its id. These throw Error (so the step is refused with a message)
    // when the entity is no longer the one this command saw.
    /** The GUID of code @p id now (empty when there is none). */
    QString codeGuid(Id id) const;
    /** The id of the code with @p guid; throws when it is gone. @p name is how the message names it. */
    Id liveCode(const QString& guid, const QString& name) const;
    /** Throws unless coding @p id exists and is still the coding with @p guid. */
    void checkCoding(Id id, const QString& guid) const;
    /** Throws unless source @p id exists and is still the source with @p guid. */
    void checkSource(Id id, const QString& guid) const;

private:
    Session& m_session;
    bool m_applied = false;
};

}  // namespace thema
