#pragma once

#include "model/entities.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace thema {

class ProjectStore;

/** What mergeThemes changed in the theme that stayed, so that an undo can take exactly that back. */
struct ThemeMerge {
    QList<Id> addedCodes;         ///< codes of the merged theme that the kept theme did not have
    QList<Id> addedExemplars;     ///< exemplar codings of the merged theme that the kept theme did not have
    QStringList movedChildren;    ///< GUIDs of the merged theme's subthemes, now under the kept theme
    QString oldDefinition;        ///< the kept theme's definition before the merge
};

/**
 * Merges theme @p from into theme @p into, in one transaction: @p into gains from's codes, exemplar extracts and
 * subthemes, and from's definition is appended to its own (after a blank line) unless it already contains it;
 * then @p from is removed with its memos. Throws thema::Error, changing nothing, when either theme is missing,
 * when they are the same theme, or when @p into lies below @p from.
 */
ThemeMerge mergeThemes(ProjectStore& store, Id from, Id into);

/** What splitTheme made. */
struct ThemeSplit {
    Id theme = 0;                 ///< the new theme
    QString guid;                 ///< its GUID
    QList<Id> movedExemplars;     ///< exemplar codings that went with the codes
};

/**
 * Splits theme @p id, in one transaction: a new candidate theme named @p newName, a sibling placed just before
 * it, takes @p codes (each must be linked to @p id) and the exemplar extracts whose coding has one of those codes.
 * @p guid gives the new theme's GUID (a redo keeps it); empty makes a new one. Throws thema::Error, changing
 * nothing, when the theme is missing, @p codes is empty or names a code the theme does not have, or the name
 * is taken at that level.
 */
ThemeSplit splitTheme(ProjectStore& store, Id id, const QString& newName, const QList<Id>& codes, const QString& guid = QString());

/**
 * Stars (@p on) or unstars coding @p coding as an exemplar extract of theme @p theme, as the theme review does.
 * Starring needs a coding whose code is linked to the theme or one of its subthemes (the extracts the review
 * shows); unstarring any starred coding is allowed. Returns false when nothing changed (already so). Throws
 * thema::Error for a missing theme or coding, or a coding the theme does not cover.
 */
bool setThemeExemplar(ProjectStore& store, Id theme, Id coding, bool on);

}  // namespace thema
