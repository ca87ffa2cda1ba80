#pragma once

#include "store/projectstore.h"
#include "tabledocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace exports_test {

/** The demo study (samples/), built once per process into a temporary directory. */
thema::ProjectStore& demo();
QString demoPath();

/** A strict RFC 4180 parser: throws std::runtime_error on a stray quote or an unterminated field. */
QList<QStringList> parseCsv(const QString& text);

/** The text content of every w:t / t element of an XML part, in document order, one string per element. */
QStringList xmlTexts(const QByteArray& xml, const char* element);

QByteArray readFile(const QString& path);
QString tempFile(const QString& name);

/** A table with every awkward character: LaTeX specials, CSV separators, formulas, RTL, CJK, emoji, combining marks. */
thema::TableDocument awkwardTable();

}  // namespace exports_test
