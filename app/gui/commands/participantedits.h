#pragma once

#include "storecommand.h"

#include "model/entities.h"

#include <QHash>

namespace thema {

// Participant commands hold GUIDs (see StoreCommand): a step whose participant or source another program removed is
// refused with a message, never applied to whatever took its row id.

/** Adds a participant by name; undo removes it again (redo re-adds it with the same GUID). */
class AddParticipant : public StoreCommand {
public:
    AddParticipant(Session& session, const QString& name);
    Id participant() const { return m_participant.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_participant;
};

/** Renames a participant (names stay unique; the store refuses a clash). */
class RenameParticipant : public StoreCommand {
public:
    RenameParticipant(Session& session, Id participant, const QString& oldName, const QString& newName, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_participant;  ///< GUID
    QString m_old, m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

/**
 * Marks or unmarks an interviewer through ProjectStore::setInterviewer, which also gives one-to-one interviews to
 * their interviewee; undo restores the flag and every source's owner as they were.
 */
class SetInterviewer : public StoreCommand {
public:
    SetInterviewer(Session& session, Id participant, bool interviewer);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_participant;  ///< GUID
    bool m_interviewer;
    QHash<QString, QString> m_owners;  ///< source GUID -> owner GUID (empty: none) before the first apply
};

/**
 * Merges one participant into another (ProjectStore::mergeParticipant). Undo re-creates the merged participant
 * (same GUID and attributes), gives it back its speakers' turns and its sources, and removes the attributes the
 * merge copied. Memos on the merged participant stay with the one it was merged into.
 */
class MergeParticipant : public StoreCommand {
public:
    MergeParticipant(Session& session, Id from, Id into);

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_from;
    QString m_into;                                 ///< GUID
    QList<std::pair<QString, QString>> m_speakers;  ///< (source GUID, speaker) of the turns that were m_from's
    QList<QString> m_sources;                       ///< GUIDs of the sources m_from owned
    QStringList m_copied;                      ///< attribute keys the merge added to m_into
};

}  // namespace thema
