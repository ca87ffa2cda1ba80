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
/**
 * The fixed GUID of the non-codable "Cases" code. Below it, each participant linked to sources is a code with the
 * participant's own GUID (as NVivo writes cases), coded by a zero-length selection at 0 in each of its sources:
 * QualCoder reads a case's sources only from codings of a code that shares the case's GUID, and writes a
 * whole-source case link back only when its positions are 0 and 0.
 */
QString casesRootGuid();
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

/** The unit of startPosition/endPosition that Thema writes (it reads either; see PositionMap). */
enum class PositionUnit {
    CodePoints,  ///< the specification's unit
    Utf16,       ///< UTF-16 code units, as NVivo (Windows and Mac) and QualCoder (Qt text positions) count
};

/** "code-points" or "utf16", the CLI's spelling; positionUnitFromName() reverses it. */
QString positionUnitName(PositionUnit unit);
std::optional<PositionUnit> positionUnitFromName(const QString& name);

/**
 * The Project's origin attribute Thema writes, recording the position unit where the schema has room for it:
 * "Thema (positions: UTF-16 code units)" or "Thema (positions: code points)".
 */
QString projectOrigin(PositionUnit unit);
/** The unit an origin written by projectOrigin() declares; nullopt for any other origin. */
std::optional<PositionUnit> declaredPositionUnit(const QString& origin);
/** True for a file Thema wrote (origin "Thema…"). */
bool isThemaOrigin(const QString& origin);

/**
 * Memos on a code as paragraphs after its description, for clients that keep only a code's Description
 * (QualCoder): each "Memo “title”: text" (or "Memo: text" without a title).
 */
QString appendCodeMemos(const QString& description, const QList<std::pair<QString, QString>>& titleAndText);
/** Removes the memo paragraphs appendCodeMemos() added from @p description and returns them (title, text). */
QList<std::pair<QString, QString>> takeCodeMemos(QString& description);

/** Replaces characters Thema's names cannot hold ('/' separates paths) and trims; never empty. */
QString safeName(const QString& name, const QString& fallback);

/** "#rrggbb" from "#RGB", "#RRGGBB" or "#AARRGGBB"; empty when @p color is none of these. */
QString normalizeColor(const QString& color);

}  // namespace thema::refi
