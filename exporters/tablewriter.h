#pragma once

#include "tabledocument.h"

#include <QString>

namespace thema {

/**
 * Renders a TableDocument to one file format. One small class per format (exporters/format/), all registered in
 * tablewriters.cpp and chosen by the file's extension. write() replaces @p path whole or leaves it untouched,
 * and throws thema::Error naming the file when it cannot.
 */
class TableWriter {
public:
    virtual ~TableWriter() = default;
    /** The extension this writer makes, lower case, without the dot ("md", "tex", …). */
    virtual QString extension() const = 0;
    virtual void write(const TableDocument& table, const QString& path) const = 0;
};

}  // namespace thema
