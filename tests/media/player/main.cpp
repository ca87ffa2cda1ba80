#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "gui/media/mediabackend.h"
#include "playerskip.h"

#include <QApplication>
#include <QTemporaryDir>

#include <cstdio>

namespace thema::test {
QString g_playerSkip;
}

// A QApplication (the player panel and the main window are widgets); exit code 77, which ctest reports as
// Skipped, when the cases ran but the media backend could not decode the recording made in the test.
int main(int argc, char** argv)
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("XDG_DATA_HOME", config.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    thema::media::chooseBackend();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThemaTest"));
    QApplication::setApplicationName(QStringLiteral("test_media_player"));
    doctest::Context context(argc, argv);
    const int rc = context.run();
    if (rc == 0 && !thema::test::g_playerSkip.isEmpty()) {
        std::fprintf(stderr, "skipped: %s\n", qPrintable(thema::test::g_playerSkip));
        return 77;
    }
    return rc;
}
