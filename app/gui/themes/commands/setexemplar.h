#pragma once

#include "commands/storecommand.h"

#include "model/entities.h"

namespace thema {

/** Stars (or unstars) a coded extract as an exemplar of a theme; undo does the opposite. */
class SetExemplar : public StoreCommand {
public:
    SetExemplar(Session& session, const QString& themeGuid, Id coding, bool exemplar);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_theme;
    Id m_coding;
    QString m_codingGuid;  ///< checked before each step: the coding's row id may have been reused
    bool m_exemplar;
};

}  // namespace thema
