#pragma once

#include "tabledocument.h"

#include <QByteArray>
#include <QString>

namespace thema::writerutil {

/** Writes @p bytes to @p path whole, through OutputFile (which refuses to write over a project); thema::Error naming the file. */
void writeFile(const QString& path, const QByteArray& bytes);

/**
 * True for text that a spreadsheet could take for a formula: it begins with '=', '+', '-', '@', a tab or a
 * carriage return (OWASP "CSV injection"). A number ("-3", "+4.5") is not formula-like.
 */
bool looksLikeFormula(const QString& text);

/** Text with the characters XML 1.0 forbids (C0 controls other than tab and line feed, lone surrogates, U+FFFE/F) removed. */
QString xmlSafe(const QString& text);

/** True when the first strong character of @p text is right-to-left (Hebrew, Arabic, …). */
bool isRightToLeft(const QString& text);

/** A header as printed in a page layout: "(n = 8)" held together by non-breaking spaces around the "=". */
QString headerText(const QString& header);

/**
 * Each column's share of the page width (summing to 1), from TableDocument::widths, but never so narrow that the
 * longest word of its header breaks: a column gets at least (that word's length + 2) / @p lineChars, taken from
 * the columns that have room to spare. @p lineChars: how many header characters fit across the page.
 */
QList<double> columnShares(const TableDocument& table, double lineChars);

}  // namespace thema::writerutil
