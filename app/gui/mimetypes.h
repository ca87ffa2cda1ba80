#pragma once

#include <QString>

namespace thema::mime {

/** A span of a source dragged from the transcript: "source start end" in code points, as UTF-8 text. */
inline QString span() { return QStringLiteral("application/x-thema-span"); }
/** Codes dragged inside the codebook: their ids, space separated. */
inline QString codes() { return QStringLiteral("application/x-thema-codes"); }

}  // namespace thema::mime
