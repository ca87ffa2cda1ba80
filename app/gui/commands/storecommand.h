#pragma once

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

private:
    Session& m_session;
    bool m_applied = false;
};

}  // namespace thema
