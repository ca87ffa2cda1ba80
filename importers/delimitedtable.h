#pragma once

#include "datatable.h"

namespace thema {

/**
 * Reads delimited text (RFC 4180 CSV and its relatives): fields in double quotes may hold the separator, line
 * breaks and doubled quotes. @p separator 0 guesses it from the first line: the most frequent of ',', ';'
 * (European Excel) and TAB outside quotes.
 */
DataTable readDelimited(const QString& text, QChar separator = QChar());

}  // namespace thema
