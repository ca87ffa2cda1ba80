#pragma once

#include "tablewriter.h"

namespace thema {

/**
 * A LaTeX fragment for \input: a booktabs longtable (the header repeats on every page) with ragged-right p{}
 * columns, the title as its caption and the notes below. Needs \usepackage{booktabs,longtable,array}.
 * Every special character is escaped (# $ % & ~ _ ^ \ { } and < > |, which OT1 fonts misprint). Text stays
 * UTF-8: each run of characters pdfLaTeX has no glyph for by default (emoji, non-Latin scripts) is wrapped in
 * \themaglyph{first code point}{run}, which XeLaTeX and LuaLaTeX print as the run and pdfLaTeX as "[U+XXXX]"
 * (instead of stopping on an undefined character). The fragment \providecommand's \themaglyph.
 */
class LatexWriter : public TableWriter {
public:
    QString extension() const override { return QStringLiteral("tex"); }
    void write(const TableDocument& table, const QString& path) const override;
    /** The fragment as text. */
    static QString render(const TableDocument& table);
    /** @p text with LaTeX's special characters escaped. */
    static QString escape(const QString& text);
};

}  // namespace thema
