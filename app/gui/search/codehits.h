#pragma once

#include "commands/storecommand.h"

#include "core/search/hitcoder.h"

namespace thema {

/**
 * "Code all hits": codes every hit (or its sentence, or its turn) with one code for the current coder, through
 * core/search's applyHits (units already coded so are skipped). With @p code 0 the code at @p codePath is created
 * first (with any missing parents), in the same transaction and the same undo step. Undo removes exactly the
 * codings it made and the codes it created; redo puts them back under the same ids.
 */
class CodeHits : public StoreCommand {
public:
    CodeHits(Session& session, const QList<SearchHit>& hits, Id code, Id coder, HitUnit unit, const QString& codePath);

    Id code() const { return m_code; }

    int made() const { return int(m_made.size()); }
    int existing() const { return m_existing; }

protected:
    void apply() override;
    void revert() override;

private:
    QList<SearchHit> m_hits;
    QString m_path;
    Id m_code, m_coder;
    QList<Code> m_created;  ///< top-down, as made on the first apply
    HitUnit m_unit;
    QList<Coding> m_made;
    int m_existing = 0;
    bool m_done = false;
};

}  // namespace thema
