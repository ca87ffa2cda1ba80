#pragma once

#include "store/projectstore.h"

#include <QByteArray>
#include <QMap>

namespace thema::test {

/**
 * A small project with every kind of thing the exchange must carry: two coders, a participant with attributes
 * and an interviewer, a source with an emoji and a combining accent, nested codes with full descriptions,
 * themes and a subtheme with statuses, linked codes and an exemplar, codings sharing a span, a coding memo, and
 * memos on the project, a source, a passage, a code, a theme, a participant and a coding.
 */
std::unique_ptr<ProjectStore> buildExchangeFixture(const QString& path);

/** The entries of a zip file (name → bytes), read with ZipArchive. */
QMap<QString, QByteArray> unzip(const QString& path);

/** Runs xmllint against the schema; returns its output, or a null string when xmllint is not installed. */
QString xmllint(const QString& schema, const QByteArray& xml, bool* valid);

}  // namespace thema::test
