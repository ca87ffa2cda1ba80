// The store's refusals as a user meets them through thema-cli: exports never replace the project, init makes a
// .thema file or nothing, damaged, foreign and read-only files get a message naming them, search --apply is all
// or nothing, and text from a project reaches the terminal without control characters.
#include "clirun.h"
#include "storetest.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace thema;
using namespace thema::test;

namespace {

using Run = CliRun;

// thema-cli through the shared runner; @p inChild runs in the child before exec, @p program wraps the binary.
Run cli(const QStringList& args, const std::function<void()>& inChild = {}, const QString& program = cliPath())
{
    return runProgram(program, args, inChild);
}

QString newDir()
{
    static int n = 0;
    const QString dir = tempDir() + QStringLiteral("/cli%1").arg(++n);
    QDir().mkpath(dir);
    return dir;
}

QString writeText(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// A project with one interview and a code, made through the CLI.
QString makeProject(const QString& dir)
{
    const QString project = dir + QStringLiteral("/study.thema");
    REQUIRE(cli({QStringLiteral("init"), project}).code == 0);
    const QString text = writeText(dir + QStringLiteral("/talk.txt"),
                                   "Interviewer: How long did you wait?\n\nP1: I was waiting six months, and waiting is hard. "
                                   "The waiting list never moved.\n");
    REQUIRE(cli({QStringLiteral("import"), project, text}).code == 0);
    REQUIRE(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Access")}).code == 0);
    return project;
}

}  // namespace

TEST_CASE("cli store: export refuses to write over the project, its -wal/-shm/-journal, or a symlink to either")
{
    const QString dir = newDir();
    const QString project = makeProject(dir);
    const QByteArray before = fileChecksum(project);
    QFile::link(project, dir + QStringLiteral("/link.md"));
    QFile::link(project + QStringLiteral("-wal"), dir + QStringLiteral("/dangling.md"));  // -wal is absent while closed
    const QList<QStringList> attempts = {
        {QStringLiteral("codebook"), project, dir + QStringLiteral("/link.md")},
        {QStringLiteral("codebook"), project, dir + QStringLiteral("/dangling.md")},
        {QStringLiteral("themes"), project, dir + QStringLiteral("/link.md")},
        {QStringLiteral("project"), project, project + QStringLiteral("-wal")},
    };
    for (const QStringList& a : attempts) {
        const Run r = cli(QStringList{QStringLiteral("export")} + a);
        CAPTURE(a.join(QLatin1Char(' ')).toStdString());
        CHECK(r.code != 0);
        if (a.last().endsWith(QLatin1String(".md"))) {
            CHECK(r.code == 1);
            CHECK(r.err.contains(QStringLiteral("refusing to write over")));
        }
    }
    // The project itself, when the name looks like an export (old projects may be named anything).
    const QString odd = dir + QStringLiteral("/notes.md");
    REQUIRE(QFile::copy(project, odd));
    const QByteArray oddBefore = fileChecksum(odd);
    const Run self = cli({QStringLiteral("export"), QStringLiteral("codebook"), odd, odd});
    CHECK(self.code == 1);
    CHECK(self.err.contains(odd));
    CHECK(fileChecksum(odd) == oddBefore);
    CHECK(fileChecksum(project) == before);
    CHECK(QFileInfo(dir + QStringLiteral("/link.md")).isSymLink());
    CHECK_FALSE(QFileInfo::exists(project + QStringLiteral("-wal")));
    // An ordinary export still works, and leaves no temporary file behind.
    CHECK(cli({QStringLiteral("export"), QStringLiteral("codebook"), project, dir + QStringLiteral("/codebook.md")}).code == 0);
    CHECK(QDir(dir).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".part-")).isEmpty());
}

TEST_CASE("cli store: init makes a .thema file, refuses other names and existing files")
{
    const QString dir = newDir();
    const Run csv = cli({QStringLiteral("init"), dir + QStringLiteral("/study.csv")});
    CHECK(csv.code == 1);
    CHECK(csv.err.contains(QStringLiteral("must end in .thema")));
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/study.csv")));
    const QString existing = writeText(dir + QStringLiteral("/mine.thema"), "my notes\n");
    const Run again = cli({QStringLiteral("init"), existing});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("exists already")));
    CHECK(fileChecksum(existing) == fileChecksum(writeText(dir + QStringLiteral("/copy.txt"), "my notes\n")));
}

TEST_CASE("cli store: an init that fails for lack of space leaves no file, so the next attempt works")
{
    const QString dir = newDir();
    const QString project = dir + QStringLiteral("/full.thema");
    // A file size limit of 8 KiB: SQLite's writes fail as on a full disk (SIGXFSZ ignored, so write() fails instead).
    const Run full = cli({QStringLiteral("init"), project}, [] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{8192, 8192};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    CHECK(full.code == 1);
    CHECK(full.err.contains(project));
    CHECK_FALSE(full.err.contains(QStringLiteral("INSERT")));
    CHECK_FALSE(full.err.contains(QStringLiteral("CREATE")));
    CHECK(QDir(dir).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(cli({QStringLiteral("init"), project}).code == 0);
}

TEST_CASE("cli store: a damaged project is named, not written, and left as it was")
{
    const QString dir = newDir();
    const QString project = makeProject(dir);
    // Scramble the first bytes of the code table's root page, as a bad disk or a careless copy would.
    qint64 page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rootpage"));
        db.setDatabaseName(project);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'code'")));
        REQUIRE(q.next());
        page = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rootpage"));
    {
        QFile file(project);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((page - 1) * 4096));
        file.write(QByteArray("\x0d\xff\xee\x01\x99\x42\x00\x07\x13\x37\xca\xfe\xba\xbe\x55\xaa", 16).repeated(4));
    }
    const QByteArray before = fileChecksum(project);
    const Run r = cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("After")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(project + QStringLiteral(": the project file is damaged")));
    CHECK(r.err.contains(QStringLiteral("backup")));
    CHECK_FALSE(r.err.contains(QStringLiteral("SELECT")));
    CHECK(fileChecksum(project) == before);
}

TEST_CASE("cli store: a negative or absurd schema version is not a Thema project, and a newer one is refused untouched")
{
    const QString dir = newDir();
    const QString project = makeProject(dir);
    for (const char* version : {"-1", "-2147483648", "2147483647"}) {
        runRaw(project, {QStringLiteral("PRAGMA user_version = %1").arg(QLatin1String(version))});
        const QByteArray before = fileChecksum(project);
        const Run r = cli({QStringLiteral("sources"), project});
        CAPTURE(version);
        CHECK(r.code == 1);
        CHECK(r.err.contains(project));
        CHECK(r.err.contains(QLatin1String(version[0] == '-' ? "not a Thema project" : "newer version of Thema")));
        CHECK(fileChecksum(project) == before);
    }
}

TEST_CASE("cli store: a read-only project says so, names the file, and is not changed")
{
    // As root, permissions do not bind: the command runs as the unprivileged user "nobody" (uid 65534).
    const bool root = ::geteuid() == 0;
    const QString dir = QDir::tempPath() + QStringLiteral("/thema-readonly-%1").arg(QCoreApplication::applicationPid());
    QDir(dir).removeRecursively();
    REQUIRE(QDir().mkpath(dir));
    const QString project = makeProject(dir);
    QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
    QFile::setPermissions(project, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const QByteArray before = fileChecksum(project);
    const auto asUser = [&](const QStringList& args) {
        return root ? cli(QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                      cliPath()} + args,
                          {}, QStringLiteral("setpriv"))
                    : cli(args);
    };
    const Run r = asUser({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("New")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(project));
    CHECK(r.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(r.err.contains(QStringLiteral("INSERT")));
    CHECK(fileChecksum(project) == before);
    QDir(dir).removeRecursively();
}

TEST_CASE("cli store: search --apply saves the code, the coder and the codings together or not at all")
{
    const QString dir = newDir();
    const QString project = makeProject(dir);
    // An injected failure at the last step: the project refuses every new coding.
    runRaw(project, {QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON coding BEGIN SELECT RAISE(ABORT, 'injected failure'); END")});
    const Run failed = cli({QStringLiteral("search"), project, QStringLiteral("waiting"), QStringLiteral("--apply"), QStringLiteral("Waits/Long"),
                            QStringLiteral("--coder"), QStringLiteral("Zed")});
    CHECK(failed.code == 1);
    const Run codes = cli({QStringLiteral("codes"), project});
    CHECK_FALSE(codes.out.contains(QStringLiteral("Waits")));
    CHECK_FALSE(cli({QStringLiteral("coders"), project}).out.contains(QStringLiteral("Zed")));
    runRaw(project, {QStringLiteral("DROP TRIGGER injected")});
    const Run ok = cli({QStringLiteral("search"), project, QStringLiteral("waiting"), QStringLiteral("--apply"), QStringLiteral("Waits/Long"),
                        QStringLiteral("--coder"), QStringLiteral("Zed"), QStringLiteral("--json")});
    CHECK(ok.code == 0);
    CHECK(cli({QStringLiteral("codes"), project}).out.contains(QStringLiteral("Waits")));
}

TEST_CASE("cli store: control characters in transcripts and names never reach the terminal")
{
    const QString dir = newDir();
    const QString project = dir + QStringLiteral("/c.thema");
    REQUIRE(cli({QStringLiteral("init"), project}).code == 0);
    const QString text = writeText(dir + QStringLiteral("/ctl.txt"),
                                   "P1: This interview line is long enough to be text, with words in it. It says "
                                   "\x1b[31mred\x1b[0m and rings\x07 and clears \xc2\x9b" "2J the screen, caf\xc3\xa9.\n");
    REQUIRE(cli({QStringLiteral("import"), project, text}).code == 0);
    const Run show = cli({QStringLiteral("show"), project, QStringLiteral("ctl")});
    REQUIRE(show.code == 0);
    CHECK(show.out.contains(QStringLiteral("\u241b[31mred\u241b[0m and rings\u2407 and clears \ufffd2J the screen, café.")));
    CHECK_FALSE(show.out.contains(QChar(0x1b)));
    CHECK_FALSE(show.out.contains(QChar(0x07)));
    CHECK_FALSE(show.out.contains(QChar(0x9b)));
    // A code name is one line: the line break becomes a space, ESC is dropped.
    const Run added = cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Line one\nline two\x1b[2J")});
    REQUIRE(added.code == 0);
    CHECK(added.out == QStringLiteral("Added code Line one line two[2J\n"));
    const Run codes = cli({QStringLiteral("codes"), project, QStringLiteral("--json")});
    CHECK(codes.out.contains(QStringLiteral("\"Line one line two[2J\"")));
}

TEST_CASE("cli store: a disk that fills up during an import says so, names the project, and keeps it whole")
{
    // A real full disk: a 1 MiB tmpfs (mounting needs root; elsewhere the case says so and passes).
    if (::geteuid() != 0) {
        MESSAGE("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString dir = newDir();
    const QString mnt = dir + QStringLiteral("/disk");
    QDir().mkpath(mnt);
    if (runProgram(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                             QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mnt}).code != 0) {
        MESSAGE("skipped: cannot mount a tmpfs here");
        return;
    }
    struct Unmount {
        QString path;
        ~Unmount() { runProgram(QStringLiteral("umount"), {path}); }
    } unmount{mnt};

    const QString project = mnt + QStringLiteral("/study.thema");
    REQUIRE(cli({QStringLiteral("init"), project}).code == 0);
    // 1.3 MB of turns: more than the disk has left, so the import's transaction runs out of space half-way.
    QByteArray text;
    for (int i = 0; i < 6000; ++i)
        text += "P" + QByteArray::number(i % 3 + 1) + ": turn " + QByteArray::number(i) + QByteArray(" some words").repeated(20) + "\n";
    const QString big = writeText(dir + QStringLiteral("/big.txt"), text);
    const Run full = cli({QStringLiteral("import"), project, big});
    CHECK(full.code == 1);
    CHECK(full.err.contains(project + QStringLiteral(": the disk is full. Nothing was changed")));
    CHECK_FALSE(full.err.contains(QStringLiteral("INSERT")));
    // The project is as it was: no source, and it still takes a small write.
    const Run sources = cli({QStringLiteral("sources"), project, QStringLiteral("--json")});
    CHECK(sources.code == 0);
    CHECK(sources.out.simplified() == QStringLiteral("[ ]"));
    CHECK(cli({QStringLiteral("codes"), QStringLiteral("add"), project, QStringLiteral("Small")}).code == 0);

    // An init on the full disk leaves no file behind.
    const QString filler = writeText(mnt + QStringLiteral("/filler"), QByteArray(1 << 20, 'x'));
    const QString second = mnt + QStringLiteral("/second.thema");
    const Run init = cli({QStringLiteral("init"), second});
    CHECK(init.code == 1);
    CHECK(init.err.contains(second));
    CHECK(init.err.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(QFileInfo::exists(second));
    CHECK(QDir(mnt).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("second")).isEmpty());
    QFile::remove(filler);
}
