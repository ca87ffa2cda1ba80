#pragma once

#include "importerregistry.h"
#include "model/error.h"
#include "shared.h"
#include "text/offsets.h"

#include <QString>

#include <functional>

namespace thema::test {

/** Imports a corpus file through the registry (content sniffing first, as the app does). */
inline SourceDraft importCorpus(const QString& relative)
{
    return ImporterRegistry::instance().readFile(sharedPath(QStringLiteral("corpus/") + relative), {});
}

/** The message of the thema::Error @p f throws, or an empty string. */
inline QString errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

/** The text a span covers. */
inline QString spanText(const SourceDraft& d, const Span& s)
{
    return TextOffsets::mid(d.text, s.start, s.end);
}

}  // namespace thema::test
