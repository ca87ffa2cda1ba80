// The GUI on a team project, offscreen, against a throw-away PostgreSQL cluster: the Open Team Project dialog and its
// messages, who you are in the status bar, another member's coding reaching an open window (only the codings
// reloading, the status bar naming the member), and the client's search index taking another member's import by
// indexing that one source.
#include "teamfixture.h"

#include "clirun.h"
#include "codedsegmentsmodel.h"
#include "codedsegmentspanel.h"
#include "externalchanges.h"
#include "mainwindow.h"
#include "quickcodepopup.h"
#include "transcriptview.h"
#include "recentprojects.h"
#include "session.h"
#include "store/postgres/teamadmin.h"
#include "store/projectstore.h"
#include "team/openteamdialog.h"
#include "team/teamclient.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

#include <algorithm>

using namespace thema;
using namespace thema::test;

namespace {

// File ▸ Open Team Project…, the fields typed as a user would, Open; runs events until the window opened the
// project or showed the dialog again with a problem. Returns the dialog.
OpenTeamDialog* openThroughDialog(MainWindow& w, const QString& host, int port, const QString& project, const QString& user,
                                  const QString& password)
{
    w.action(QStringLiteral("openTeam"))->trigger();
    auto* dialog = w.findChild<OpenTeamDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    dialog->hostEdit()->setText(host);
    dialog->portEdit()->setValue(port);
    dialog->databaseEdit()->setText(QStringLiteral("thema"));
    dialog->projectEdit()->setText(project);
    dialog->userEdit()->setText(user);
    dialog->passwordEdit()->setText(password);
    dialog->accept();
    waitUntil([&] { return w.session() || dialog->isVisible(); });
    return dialog;
}

QString problem(OpenTeamDialog* dialog)
{
    return dialog->findChild<QLabel*>(QStringLiteral("teamProblem"))->text();
}

QString statusLabel(MainWindow& w)
{
    return w.findChild<QLabel*>(QStringLiteral("teamStatus"))->text();
}

}  // namespace

TEST_CASE("Open Team Project: wrong password, unreachable server, no such project, not a member, then open; the address "
          "is kept without the password")
{
    const TeamServer& server = TeamServer::instance();
    const int port = server.port();
    const QString at = QStringLiteral("postgresql://sam@127.0.0.1:%1/thema").arg(port);
    MainWindow w;

    OpenTeamDialog* dialog = openThroughDialog(w, QStringLiteral("127.0.0.1"), port, QStringLiteral("study"), QStringLiteral("sam"),
                                               QStringLiteral("wrong"));
    CHECK_FALSE(w.session());
    CHECK(dialog->isVisible());
    CHECK(problem(dialog).startsWith(at + QStringLiteral(": cannot connect to the team server: the password was refused")));
    CHECK(dialog->projectEdit()->text() == QStringLiteral("study"));  // the address stays; the password does not
    CHECK(dialog->passwordEdit()->text().isEmpty());
    dialog->reject();

    dialog = openThroughDialog(w, QStringLiteral("127.0.0.1"), 1, QStringLiteral("study"), QStringLiteral("sam"), QStringLiteral("sam"));
    CHECK_FALSE(w.session());
    CHECK(problem(dialog).startsWith(QStringLiteral("postgresql://sam@127.0.0.1:1/thema: cannot connect to the team server: "
                                                    "the server cannot be reached (")));
    dialog->reject();

    dialog = openThroughDialog(w, QStringLiteral("127.0.0.1"), port, QStringLiteral("nosuch"), QStringLiteral("sam"), QStringLiteral("sam"));
    CHECK_FALSE(w.session());
    CHECK(problem(dialog).startsWith(at + QStringLiteral(": the server holds no team project \"nosuch\"")));
    dialog->reject();

    dialog = openThroughDialog(w, QStringLiteral("127.0.0.1"), port, QStringLiteral("study"), QStringLiteral("nora"), QStringLiteral("nora"));
    CHECK_FALSE(w.session());
    CHECK(problem(dialog).startsWith(QStringLiteral("postgresql://nora@127.0.0.1:%1/thema: nora is not a member of the team "
                                                    "project \"study\"").arg(port)));
    dialog->reject();

    dialog = openThroughDialog(w, QStringLiteral("127.0.0.1"), port, QStringLiteral("study"), QStringLiteral("sam"), QStringLiteral("sam"));
    REQUIRE(w.session());
    CHECK_FALSE(dialog->isVisible());
    CHECK(w.windowTitle() == QStringLiteral("study (team project on 127.0.0.1) — Thema"));
    const QString location = at + QStringLiteral("?project=study");
    CHECK(recent::projects().value(0) == location);
    const QString settings = QSettings().value(QStringLiteral("recentProjects")).toStringList().join(QLatin1Char(' '));
    CHECK_FALSE(settings.contains(QStringLiteral("sam:")));  // never a password in the settings

    // Reopened from Recent Projects: the session's password still applies, nothing is asked.
    w.closeProject();
    REQUIRE(w.openProject(recent::projects().value(0)));
    CHECK(w.session()->store().path() == location);
    w.closeProject();
}

TEST_CASE("the status bar says who you are on a team project, and a member codes as their own coder")
{
    const TeamServer& server = TeamServer::instance();
    qputenv("PGPASSWORD", "olga");
    auto owner = ProjectStore::open(server.url(QStringLiteral("olga")));
    team::setBlind(*owner, true);
    MainWindow w;
    qputenv("PGPASSWORD", "sam");  // libpq's own source: the dialog's password field may stay empty
    REQUIRE(w.openProject(server.url(QStringLiteral("sam"))));
    CHECK(w.team()->statusText() == QStringLiteral("you are sam (coder, blind), coding as Sam"));
    CHECK(statusLabel(w) == QStringLiteral("you are sam (coder, blind), coding as Sam"));
    REQUIRE(w.session()->coder());
    CHECK(w.session()->store().coder(w.session()->coder())->name == QStringLiteral("Sam"));
    // The quick-code popup offers a coder the existing codes only (the server refuses a new code from a coder).
    w.transcript()->selectSpan({0, 4});
    w.action(QStringLiteral("codeSelection"))->trigger();
    auto* popup = w.findChild<QuickCodePopup*>();
    REQUIRE(popup);
    CHECK(popup->isVisible());
    popup->lineEdit()->setText(QStringLiteral("Endings"));
    CHECK(popup->listView()->model()->rowCount() == 1);  // the existing code
    popup->lineEdit()->setText(QStringLiteral("A brand new code"));
    CHECK(popup->listView()->model()->rowCount() == 0);
    popup->hide();
    w.closeProject();

    qputenv("PGPASSWORD", "rita");
    REQUIRE(w.openProject(server.url(QStringLiteral("rita"))));
    CHECK(statusLabel(w) == QStringLiteral("you are rita (reader)"));
    CHECK_FALSE(w.session()->coder());
    w.closeProject();

    qputenv("PGPASSWORD", "olga");
    REQUIRE(w.openProject(server.url(QStringLiteral("olga"))));
    CHECK(statusLabel(w) == QStringLiteral("you are olga (owner), coding as olga"));
    w.closeProject();

    // The owner unblinds: an open coder's window says so at once.
    qputenv("PGPASSWORD", "sam");
    REQUIRE(w.openProject(server.url(QStringLiteral("sam"))));
    team::setBlind(*owner, false);
    CHECK(waitUntil([&] { return statusLabel(w) == QStringLiteral("you are sam (coder), coding as Sam"); }, 5000));
    w.closeProject();
    qunsetenv("PGPASSWORD");
}

TEST_CASE("another member's coding appears in an open window; only the codings reload")
{
    const TeamServer& server = TeamServer::instance();
    MainWindow w;
    qputenv("PGPASSWORD", "olga");
    REQUIRE(w.openProject(server.url(QStringLiteral("olga"))));
    qputenv("PGPASSWORD", "sam");
    auto other = ProjectStore::open(server.url(QStringLiteral("sam")));  // a second client, sam's
    qunsetenv("PGPASSWORD");

    w.action(QStringLiteral("showOthers"))->setChecked(true);  // the owner looks at every coder's codings
    const Source source = other->sources().first();
    const Code code = other->codes().first();
    w.segments()->showCode(code.id);
    waitUntil([] { return false; }, 100);
    const int before = w.segments()->model()->rowCount();
    ProjectStore& store = w.session()->store();
    QSignalSpy codings(&store, &ProjectStore::codingsChanged);
    QSignalSpy sources(&store, &ProjectStore::sourcesChanged);
    QSignalSpy codes(&store, &ProjectStore::codesChanged);
    QSignalSpy tables(w.externalChanges(), &ExternalChanges::tablesChanged);
    // Every message the status bar shows (it shows one for 5 s: on a loaded machine the rows could arrive later).
    QSignalSpy messages(w.statusBar(), &QStatusBar::messageChanged);

    Coding coding;
    coding.source = source.id;
    coding.span = {0, 7};
    coding.code = code.id;
    coding.coder = other->coderByName(QStringLiteral("Sam"))->id;
    QElapsedTimer clock;
    clock.start();
    other->addCoding(coding);
    const bool shown = waitUntil([&] { return w.segments()->model()->rowCount() == before + 1; });
    INFO("codingsChanged " << codings.count() << ", tablesChanged " << tables.count() << ", rows " << before << " -> "
         << w.segments()->model()->rowCount());
    REQUIRE(shown);
    MESSAGE("another member's coding shown after " << clock.elapsed() << " ms");
    CHECK(codings.count() >= 1);
    CHECK(sources.count() == 0);  // a partial reload: the sources and the codebook stay as they were
    CHECK(codes.count() == 0);
    REQUIRE(tables.count() >= 1);
    CHECK(tables.first().first().value<QSet<QString>>().contains(QStringLiteral("coding")));
    // The status bar names the member (the server's change log knows who), not "another program".
    const QString said = QStringLiteral("Sam changed the project; the views show the changes.");
    const auto saidIt = [&] {
        return std::any_of(messages.begin(), messages.end(), [&](const QList<QVariant>& m) { return m.first().toString() == said; });
    };
    CHECK(waitUntil(saidIt, 10000));
    other.reset();
    w.closeProject();
}

TEST_CASE("the client's search index takes another member's import by indexing that one source")
{
    const TeamServer& server = TeamServer::instance();
    MainWindow w;
    qputenv("PGPASSWORD", "olga");
    REQUIRE(w.openProject(server.url(QStringLiteral("olga"))));
    TeamClient* team = w.team();
    REQUIRE(waitUntil([&] { return !team->syncing() && team->lastSync().sources > 0; }, 120000));
    const int sources = team->lastSync().sources;
    QList<IndexSync> syncs;
    QObject::connect(team, &TeamClient::indexSynced, [&](const IndexSync& s) { syncs.append(s); });

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("late.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Interviewer: How did the late interview go?\nPat: It went zephyrously well, thank you.\n");
    file.close();
    QStringList messages;
    QObject::connect(team, &TeamClient::message, [&](const QString& m) { messages.append(m); });
    const CliRun import = runCli({QStringLiteral("import"), server.url(QStringLiteral("olga")), file.fileName()});
    INFO(import.err.toStdString());
    REQUIRE(import.code == 0);

    const bool synced = waitUntil([&] { return !team->syncing() && team->lastSync().sources == sources + 1; }, 60000);
    qunsetenv("PGPASSWORD");
    INFO(messages.join(QLatin1Char('\n')).toStdString());
    REQUIRE(synced);
    int indexed = 0;
    for (const IndexSync& s : syncs) {
        CHECK_FALSE(s.built);
        indexed += s.indexed;
    }
    CHECK(indexed == 1);  // the new source only, not all of them
    w.closeProject();
}
