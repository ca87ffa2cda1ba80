#pragma once

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace thema {

/** One word as a PDF text layer gives it, in the page's reading order. Coordinates in points, y downwards. */
struct PdfWord {
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

/** A page's words and its size. */
struct PdfPage {
    QList<PdfWord> words;
    QSizeF size;
};

/**
 * Rebuilds paragraphs from the word geometry of a PDF's pages (no PDF library here, so it can be tested alone).
 *
 * - Words become lines (same baseline band, left to right); a wide horizontal gap splits a line into segments
 *   (table columns), each continuing the paragraph above it in the same column.
 * - Numbers alone at a line start, hanging in the left margin (paragraph or line numbers), are dropped.
 * - Page headers and footers are dropped: lines in the top or bottom band of the page whose text (digits
 *   counted as equal, so "1/5" and "2/5" match) recurs at the same place on at least half the pages (and two).
 * - A line continues the paragraph above when it starts in the same column, follows at the usual line spacing,
 *   and the line above ran to the column's right edge; across a page break the last paragraph continues
 *   when its last line was full and the new page's first line is no new start.
 * - Lines are joined with a space; a hyphen ending a line before a lower-case letter is removed ("inter-" +
 *   "view" → "interview").
 *
 * Returns paragraphs in reading order; @p dropped counts the header/footer lines and margin numbers removed.
 */
QStringList pdfParagraphs(const QList<PdfPage>& pages, int* dropped = nullptr);

}  // namespace thema
