#pragma once

#include "model/entities.h"

namespace thema {

class ProjectStore;

/**
 * What removing or merging codes takes away, captured before the change so an undo can put it back under the
 * same ids and guids: the codes (parents before children), their codings, their memos and their theme links.
 */
struct CodeSnapshot {
    QList<Code> codes;
    QList<Coding> codings;
    QList<Memo> memos;
    QList<QPair<Id, Id>> themeLinks;  ///< (theme, code)

    /** Captures @p codeIds (in the order given) with everything attached to them. */
    static CodeSnapshot capture(const ProjectStore& store, const QList<Id>& codeIds);
    /**
     * Puts the codes back (missing ones restored, moved ones moved back to their parent and position), then their
     * codings (replacing ones that now point elsewhere), memos and theme links.
     */
    void restore(ProjectStore& store) const;
};

/** The ids of @p code and every code below it, parents first. */
QList<Id> codeSubtreeIds(const ProjectStore& store, Id code);

}  // namespace thema
