#pragma once

#include "storecommand.h"

#include "model/entities.h"

namespace thema {

/** Maps one speaker label of a source to a participant (0: to nobody); undo maps it back. */
class MapSpeaker : public StoreCommand {
public:
    MapSpeaker(Session& session, Id source, const QString& speaker, Id oldParticipant, Id newParticipant);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_source;  ///< GUID
    QString m_speaker;
    QString m_old, m_new;  ///< participant GUIDs, empty for nobody
};

/** Sets who a source belongs to, e.g. attaches a speakerless document to a participant (0: to nobody). */
class SetSourceParticipant : public StoreCommand {
public:
    SetSourceParticipant(Session& session, Id source, Id oldParticipant, Id newParticipant);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_source;  ///< GUID
    QString m_old, m_new;  ///< participant GUIDs, empty for nobody
};

}  // namespace thema
