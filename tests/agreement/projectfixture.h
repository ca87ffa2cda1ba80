#pragma once

// A throwaway project for agreement tests: sources, coders and codings in a few lines.
#include "store/projectstore.h"

namespace thema::test {

struct AgreementProject {
    std::unique_ptr<ProjectStore> store;
    AgreementProject();
    Id source(const QString& name, const QString& text);
    Id coder(const QString& name) { return store->ensureCoder(name); }
    Id code(const QString& path) { return store->codeByPath(path, true)->id; }
    Id coding(Id source, qint64 start, qint64 end, Id code, Id coder);
};

}  // namespace thema::test
