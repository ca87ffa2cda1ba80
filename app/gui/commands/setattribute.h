#pragma once

#include "storecommand.h"

#include "model/entities.h"

#include <optional>

namespace thema {

/** Sets (or, with an empty value, removes) one attribute of a participant, e.g. role = clinician. */
class SetAttribute : public StoreCommand {
public:
    SetAttribute(Session& session, Id participant, const QString& key, const std::optional<QString>& oldValue,
                 const QString& newValue, qint64 seen);

protected:
    void apply() override;
    void revert() override;

private:
    void set(const std::optional<QString>& value, qint64 seen);

    QString m_participant;  ///< GUID
    QString m_key;
    std::optional<QString> m_old;
    QString m_new;
    qint64 m_seen;  ///< the version the user saw (StoreCommand::versionToCheck)
};

}  // namespace thema
