#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "englishplurals.h"
#include "gui/media/mediabackend.h"
#include "runsuite.h"

#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>

// The main of the GUI suites (tests/gui, tests/gui_panels): they need a QApplication, not thema_test_main's
// QCoreApplication.
int main(int argc, char** argv)
{
    // Settings (recent projects, the remembered coder) go to a throw-away folder, never the user's.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qputenv("XDG_DATA_HOME", config.path().toUtf8());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    thema::media::chooseBackend();  // as app/gui/main.cpp does
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ThemaTest"));
    QApplication::setApplicationName(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName());
    thema::installEnglishPlurals();  // as app/gui/main.cpp does, so the tests read what users read
    return thema::test::runSuite(argc, argv);
}
