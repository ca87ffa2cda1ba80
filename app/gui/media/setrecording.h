#pragma once

#include "commands/storecommand.h"

#include <optional>

namespace thema {

/** Links a recording to a source, replaces its link, or (with no new link) unlinks it. */
class SetRecording : public StoreCommand {
public:
    SetRecording(Session& session, Id source, std::optional<SourceMedia> newMedia);

protected:
    void apply() override;
    void revert() override;

private:
    void put(const std::optional<SourceMedia>& media);

    Id m_source;
    QString m_sourceGuid;
    std::optional<SourceMedia> m_old;
    std::optional<SourceMedia> m_new;
};

}  // namespace thema
