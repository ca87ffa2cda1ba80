#pragma once

#include "model/entities.h"

namespace thema {

class ProjectStore;

/**
 * A theme and its subthemes as they were, for undoing a removal or a merge: each theme with its parent's GUID,
 * position, definition, status and linked codes, its exemplar codings and its memos. Restoring gives the themes
 * their old GUIDs (row ids may differ; see themeref.h).
 */
struct ThemeSnapshot {
    struct Entry {
        Theme theme;
        QString parentGuid;
        QList<Id> exemplars;
        QList<Memo> memos;
    };
    QList<Entry> entries;  ///< parents before children

    /** Captures the theme with @p guid and, with @p subthemes, everything below it. */
    static ThemeSnapshot capture(const ProjectStore& store, const QString& guid, bool subthemes = true);
    /** Puts the themes back, one transaction. Exemplars whose coding is gone are skipped. */
    void restore(ProjectStore& store) const;
};

}  // namespace thema
