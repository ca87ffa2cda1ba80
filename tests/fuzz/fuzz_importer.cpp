// libFuzzer entry point for one importer (THEMA_FUZZ_FORMAT, e.g. "vtt"), or for the registry's choice by
// content when the format is empty. An importer may refuse input only by throwing thema::Error; any other
// exception escapes, aborts, and libFuzzer reports it as a crash, like a sanitizer finding.
#include "importerregistry.h"
#include "model/error.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace {

const thema::Importer* fuzzedImporter()
{
    static const QString format = QStringLiteral(THEMA_FUZZ_FORMAT);
    static const thema::Importer* importer = format.isEmpty() ? nullptr : thema::ImporterRegistry::instance().byFormat(format);
    return importer;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (!QString::fromLatin1(THEMA_FUZZ_FORMAT).isEmpty() && !fuzzedImporter()) {
        std::fprintf(stderr, "fuzz: no importer is registered for format \"%s\"\n", THEMA_FUZZ_FORMAT);
        std::exit(77);  // run-fuzzers.sh reports the target as skipped
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const thema::Importer* importer = fuzzedImporter();
        if (!importer)
            importer = &thema::ImporterRegistry::instance().importerFor(bytes, QStringLiteral("fuzz"));
        importer->read(bytes, QStringLiteral("fuzz"), {});
    } catch (const thema::Error&) {
        // refused with a message: the contract
    }
    return 0;
}
