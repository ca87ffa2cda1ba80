#pragma once

#include <QTranslator>

namespace thema {

/**
 * English plurals for the GUI's "%n file(s)" strings without a translation file: "(s)" is dropped for one and
 * becomes "s" otherwise ("1 file", "3 files"). Installed once on the application; strings without %n pass through.
 */
class EnglishPlurals : public QTranslator {
public:
    using QTranslator::QTranslator;
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
};

/** Installs one EnglishPlurals on the running application. */
void installEnglishPlurals();

}  // namespace thema
