#include "englishplurals.h"
#include "mainwindow.h"
#include "gui/media/mediabackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include "recentprojects.h"

int main(int argc, char** argv)
{
    thema::media::chooseBackend();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Thema"));
    QApplication::setApplicationName(QStringLiteral("Thema"));
    thema::installEnglishPlurals();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Thema: qualitative thematic analysis of interview transcripts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("A project file (*.thema) to open."), QStringLiteral("[PROJECT]"));
    parser.process(app);

    thema::MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        window.openProject(args.first());
    } else if (const QStringList recent = thema::recent::projects(); !recent.isEmpty()) {
        window.openProject(recent.first());
    }
    return app.exec();
}
