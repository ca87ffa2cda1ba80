#pragma once

#include "model/entities.h"

#include <QStringList>

#include <optional>

namespace thema::refi {

/**
 * The conventions Thema follows in REFI-QDA QDA-XML, shared by the exporter, the importer and merge.
 *
 * GUIDs: Thema's own GUIDs are the REFI GUIDs (lowercase, no braces). Elements Thema has no entity for
 * (a PlainTextSelection, a Note for a coding's memo, a Variable) get GUIDs derived from stable seeds
 * (UUID v5), so exporting the same project twice writes the same GUIDs.
 *
 * Themes: QDA-XML has no themes, so each theme is written twice, for two audiences:
 *  - for people in NVivo, ATLAS.ti and MAXQDA, a non-codable top-level code "Themes" holds one non-codable code
 *    per theme (subthemes nested), named after it, its definition as the description;
 *  - for Thema, one Set per theme (the Set's GUID is the theme's) whose members are the theme's codes
 *    (a code group / code set in the other programs), named "Theme: " plus the theme's path, and whose
 *    description is the definition followed by a marker line,
 *    "[Thema theme; status: final; position: 2; parent: <guid>; exemplars: <coding guid> …]".
 * The importer restores themes from the marked Sets exactly and skips the "Themes" code tree (recognised by its
 * fixed GUID). Sets of codes without a marker (ATLAS.ti code groups, NVivo sets) become candidate themes.
 *
 * Code descriptions: definition, then "When to use:", "When not to use:" and "Example:" paragraphs;
 * parseCodeDescription() reverses composeCodeDescription() exactly.
 */

/** Lowercase, without braces; empty when @p raw is not a GUID in any of the spellings real exports use. */
QString normalizeGuid(const QString& raw);

/** A GUID derived from @p seed (UUID v5 in Thema's namespace): the same seed gives the same GUID. */
QString derivedGuid(const QString& seed);

/** The fixed GUID of the non-codable "Themes" code that holds the themes for other programs. */
QString themesRootGuid();
/** The GUID of the non-codable code standing for theme @p themeGuid below "Themes". */
QString themeCodeGuid(const QString& themeGuid);

QString composeCodeDescription(const CodeDescription& description);
CodeDescription parseCodeDescription(const QString& text);

/** What a theme's Set marker carries besides the definition and the member codes. */
struct ThemeMarker {
    ThemeStatus status = ThemeStatus::Candidate;
    int position = 0;
    QString parentGuid;      ///< empty for a top-level theme
    QStringList exemplars;   ///< coding GUIDs
};

QString themeSetName(const QString& themePath);
/** The theme's own name from a Set name written by themeSetName() (the last part of its path). */
QString themeNameFromSet(const QString& setName);
QString composeThemeDescription(const QString& definition, const ThemeMarker& marker);
/** The marker of a Set description, with the definition before it in @p definition; nullopt when unmarked. */
std::optional<ThemeMarker> parseThemeDescription(const QString& text, QString* definition);

/** Replaces characters Thema's names cannot hold ('/' separates paths) and trims; never empty. */
QString safeName(const QString& name, const QString& fallback);

/** "#rrggbb" from "#RGB", "#RRGGBB" or "#AARRGGBB"; empty when @p color is none of these. */
QString normalizeColor(const QString& color);

}  // namespace thema::refi
