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
    Id m_source;
    QString m_speaker;
    Id m_old, m_new;
};

/** Sets who a source belongs to, e.g. attaches a speakerless document to a participant (0: to nobody). */
class SetSourceParticipant : public StoreCommand {
public:
    SetSourceParticipant(Session& session, Id source, Id oldParticipant, Id newParticipant);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_source;
    Id m_old, m_new;
};

}  // namespace thema
