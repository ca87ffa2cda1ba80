#pragma once

#include <QString>

namespace thema {

/**
 * Builds the demo project from samples/: interviews (plain text with speaker labels), participants and their
 * attributes, coders, the codebook, themes, two coders' codings (located by exact text) and memos, all described
 * by samples/study.json. Throws thema::Error naming the file and entry that is wrong.
 */
class DemoStudy {
public:
    /**
     * The samples folder: $THEMA_SAMPLES_DIR, else samples/ (or share/thema/samples/) in the nearest folder above the
     * running program that has one; no path is compiled in.
     */
    static QString defaultSamplesDir();

    /** Creates @p projectPath (which must not exist) from @p samplesDir. */
    static void build(const QString& samplesDir, const QString& projectPath);
};

}  // namespace thema
