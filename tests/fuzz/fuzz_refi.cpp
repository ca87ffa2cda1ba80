// libFuzzer entry point for REFI-QDA exchange files: the input is written as a .qdpx (zip package) or a .qde
// (bare project XML), per THEMA_FUZZ_REFI_SUFFIX, and read into a fresh project the way `thema-cli import` does.
// Refusal is allowed only as thema::Error; any other exception, crash or sanitizer report is a finding.
#include "model/error.h"
#include "refi/refiimport.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

QTemporaryDir& workDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/thema-fuzz-refi-XXXXXX"));
    return dir;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (!workDir().isValid()) {
        std::fprintf(stderr, "fuzz_refi: cannot create a temporary folder\n");
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString dir = workDir().path();
    const QString input = dir + QStringLiteral("/input." THEMA_FUZZ_REFI_SUFFIX);
    {
        QFile file(input);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const QString projectDir = dir + QStringLiteral("/project");
    QDir(projectDir).removeRecursively();
    QDir().mkpath(projectDir);
    try {
        thema::ExchangeReport report;
        const std::unique_ptr<thema::ProjectStore> store =
            thema::refi::readIntoNewProject(input, projectDir, QStringLiteral("en"), report);
    } catch (const thema::Error&) {
        // refused with a message: the contract
    }
    return 0;
}
