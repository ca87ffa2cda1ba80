#pragma once

#include "model/entities.h"

#include <QObject>

#include <functional>
#include <memory>

class QUndoCommand;
class QUndoStack;

namespace thema {

class ProjectStore;

/**
 * One open project in the GUI: the store, its undo stack, and who is coding. Every edit a view makes is a
 * QUndoCommand pushed through push(); the store writes each at once (one transaction), so there is no Save.
 *
 * Blind coding: with showOtherCoders() off, views show only the current coder's codings and counts.
 */
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<ProjectStore> store, QObject* parent = nullptr);
    ~Session() override;

    ProjectStore& store() const { return *m_store; }
    QUndoStack* undoStack() const { return m_undo; }

    /** The current coder (0 until one is chosen). Remembered in the project and in QSettings. */
    Id coder() const { return m_coder; }
    void setCoder(Id coder);
    /** The coder remembered for this project (QSettings first, then the project's setting), or 0. */
    Id rememberedCoder() const;

    bool showOtherCoders() const { return m_showOthers; }
    void setShowOtherCoders(bool show);
    /** True when codings by @p coder are shown under the current blind-coding setting. */
    bool isVisible(Id coder) const { return m_showOthers || coder == m_coder; }
    /** The coders whose codings are shown: empty means all. */
    QList<Id> visibleCoders() const;

    /** Codes most recently applied, newest first (at most 9), for the Ctrl+1…9 keys. */
    QList<Id> recentCodes() const { return m_recent; }
    void noteCodeUsed(Id code);

    /**
     * Runs @p command and puts it on the undo stack. The change is made before QUndoStack::push (StoreCommand::
     * applyNow), so a refusal never travels through Qt's code. When it fails (a thema::Error from the store),
     * nothing changed: the command is deleted, error() is emitted and false returned.
     */
    bool push(QUndoCommand* command);
    /**
     * Runs @p read, a view's or model's read of the store, so that its failure (a damaged, vanished or unreadable
     * project file) is reported through error() instead of travelling through a slot or data(): returns false then.
     * The one way a read error reaches the user in the GUI.
     */
    bool guardedRead(const std::function<void()>& read);
    void reportError(const QString& message);

signals:
    void coderChanged();
    void visibilityChanged();
    void recentCodesChanged();
    void error(const QString& message);

private:
    std::unique_ptr<ProjectStore> m_store;
    QUndoStack* m_undo = nullptr;
    Id m_coder = 0;
    bool m_showOthers = false;
    QList<Id> m_recent;
};

}  // namespace thema
