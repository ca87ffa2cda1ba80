#pragma once

#include "storecommand.h"

#include "importservice.h"
#include "model/sourcedraft.h"

namespace thema {

/**
 * Writes parsed files into the project in one transaction (all or nothing). Undo removes the sources with
 * their turns and codings; participants created for their speakers stay. Redo writes the drafts again.
 */
class ImportSources : public StoreCommand {
public:
    ImportSources(Session& session, QList<SourceDraft> drafts);
    QList<ImportResult> results() const { return m_results; }

protected:
    void apply() override;
    void revert() override;

private:
    QList<SourceDraft> m_drafts;
    QList<ImportResult> m_results;
    QStringList m_guids;  ///< of the sources written, so undo removes only those
};

}  // namespace thema
