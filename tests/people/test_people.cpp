// Interviewers and participants through the real thema-cli: who a source belongs to, who is counted in the theme
// table, how quotes are attributed. Every expected cell is written by hand.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

using thema::test::CliRun;
using thema::test::runCli;

CliRun ok(const QStringList& args)
{
    const CliRun r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

QString writeFile(const QString& dir, const QString& name, const QString& text)
{
    QFile f(dir + QLatin1Char('/') + name);
    f.open(QIODevice::WriteOnly);
    f.write(text.toUtf8());
    return f.fileName();
}

QString readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

/** Source name -> participant name, from "sources --json". */
QMap<QString, QString> owners(const QString& project)
{
    QMap<QString, QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(ok({QStringLiteral("sources"), project, QStringLiteral("--json")}).out.toUtf8()).array())
        out.insert(v[QLatin1String("name")].toString(), v[QLatin1String("participant")].toString());
    return out;
}

// A Zoom-style interview: two named speakers, no "Interviewer" label; the interviewer speaks first and asks.
const char* const kKennedyAnna =
    "Michael Kennedy: Thanks for joining. How long have you worked on the ward?\n\n"
    "Anna Smith: About six years now, mostly nights, and the peer workers changed how I see my patients completely.\n\n"
    "Michael Kennedy: What changed for you?\n\n"
    "Anna Smith: I listen more. The peer workers showed me that shame keeps people away, not a lack of insight.\n\n"
    "Michael Kennedy: Can you give an example?\n\n"
    "Anna Smith: A man who never opened the door rang and asked for the peer worker by name.\n";
const char* const kKennedyBen =
    "Michael Kennedy: Hello again. What is your role?\n\n"
    "Ben Jones: I coordinate care in the South team, and the peer workers joined us last spring.\n\n"
    "Michael Kennedy: How did the team react?\n\n"
    "Ben Jones: Some were wary at first; now the peer workers are the first people patients ask for.\n";
// A speakerless Word-like note: no labels at all.
const char* const kNote = "The peer workers are the first people I trust on the team, honestly.\n";

}  // namespace

TEST_CASE("the interviewee owns a one-to-one interview; interviewers never enter the theme table")
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/people.thema");
    ok({QStringLiteral("init"), project});

    // The interviewer is found by who asks (3 question turns of 3) and said why; the source goes to Anna.
    const CliRun first = ok({QStringLiteral("import"), project, writeFile(dir, QStringLiteral("anna.txt"), QString::fromUtf8(kKennedyAnna))});
    CHECK(first.out.contains(QStringLiteral("interviewer: Michael Kennedy (asks most questions (3 of 3 question turns))")));
    CHECK(first.out.contains(QStringLiteral("participant: Anna Smith")));
    // The second interview by the same person: he is already known as the interviewer.
    const CliRun second = ok({QStringLiteral("import"), project, writeFile(dir, QStringLiteral("ben.txt"), QString::fromUtf8(kKennedyBen))});
    CHECK(second.out.contains(QStringLiteral("interviewer: Michael Kennedy (already marked as interviewer in the project)")));
    ok({QStringLiteral("import"), project, writeFile(dir, QStringLiteral("note.txt"), QString::fromUtf8(kNote))});
    CHECK(owners(project) == QMap<QString, QString>{{QStringLiteral("anna"), QStringLiteral("Anna Smith")},
                                                     {QStringLiteral("ben"), QStringLiteral("Ben Jones")},
                                                     {QStringLiteral("note"), QString()}});

    // A speakerless document is attached to a participant by hand.
    ok({QStringLiteral("participants"), QStringLiteral("add"), project, QStringLiteral("Carl")});
    ok({QStringLiteral("sources"), QStringLiteral("set-participant"), project, QStringLiteral("note"), QStringLiteral("Carl")});
    CHECK(owners(project).value(QStringLiteral("note")) == QLatin1String("Carl"));

    // "Clinician " and "clinician" make one group, spelled as first used.
    ok({QStringLiteral("participants"), QStringLiteral("set"), project, QStringLiteral("Anna Smith"), QStringLiteral("role=clinician")});
    ok({QStringLiteral("participants"), QStringLiteral("set"), project, QStringLiteral("Ben Jones"), QStringLiteral("role=Clinician ")});
    const QJsonArray values = QJsonDocument::fromJson(
        ok({QStringLiteral("participants"), QStringLiteral("values"), project, QStringLiteral("role"), QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(values.size() == 1);
    CHECK(values[0][QLatin1String("value")].toString() == QLatin1String("clinician"));
    CHECK(values[0][QLatin1String("participants")].toInt() == 2);

    // Code a passage of each interviewee and one question of the interviewer under one theme.
    auto code = [&](const char* source, const char* text) {
        ok({QStringLiteral("code"), project, QStringLiteral("--source"), QLatin1String(source), QStringLiteral("--code"),
            QStringLiteral("Peer trust"), QStringLiteral("--coder"), QStringLiteral("Ana"), QStringLiteral("--match"), QString::fromUtf8(text)});
    };
    code("anna", "shame keeps people away, not a lack of insight");
    code("ben", "now the peer workers are the first people patients ask for");
    code("anna", "How long have you worked on the ward?");
    code("note", "The peer workers are the first people I trust on the team");
    ok({QStringLiteral("themes"), QStringLiteral("add"), project, QStringLiteral("Trust")});
    ok({QStringLiteral("themes"), QStringLiteral("link"), project, QStringLiteral("Trust"), QStringLiteral("Peer trust")});

    const QString table = dir + QStringLiteral("/themes.md");
    // The question starred as an exemplar stays out too, and the export says so.
    QString starred;
    for (const QJsonValue& c : ok({QStringLiteral("codings"), project, QStringLiteral("--json")}).array())
        if (c[QLatin1String("text")].toString() == QLatin1String("How long have you worked on the ward?"))
            starred = QString::number(c[QLatin1String("id")].toInteger());
    REQUIRE_FALSE(starred.isEmpty());
    ok({QStringLiteral("themes"), QStringLiteral("exemplar"), project, QStringLiteral("Trust"), starred});
    // Four quotes asked for and four passages coded: the interviewer's question is still never quoted.
    const CliRun exported =
        ok({QStringLiteral("export"), QStringLiteral("themes"), project, table, QStringLiteral("--quotes"), QStringLiteral("4")});
    CHECK(exported.err == QStringLiteral("Note: Theme \"Trust\": the starred exemplar \"How long have you worked on the ward?\" is in "
                                         "an interviewer's turn and is left out of the quotes.\n"));
    const QString md = readFile(table);
    INFO(md.toStdString());
    // Three interviewees appear (Anna, Ben: clinician; Carl: no role); Michael Kennedy is nowhere.
    CHECK(md.contains(QStringLiteral("2 of 2")));
    CHECK(md.contains(QStringLiteral("1 of 1")));
    CHECK(md.contains(QStringLiteral("clinician (n = 2)")));
    CHECK_FALSE(md.contains(QStringLiteral("Kennedy")));
    CHECK_FALSE(md.contains(QStringLiteral("How long have you worked")));
    // A quote from a participant with no group has no dangling comma.
    CHECK(md.contains(QStringLiteral("(Participant Carl)")));
    CHECK_FALSE(md.contains(QStringLiteral(", )")));
    CHECK(md.contains(QStringLiteral("(Participant Anna Smith, clinician)")));

    // The extract list shows every passage, and the interviewer's question as his, not as Anna's.
    const QString extracts = dir + QStringLiteral("/extracts.csv");
    ok({QStringLiteral("export"), QStringLiteral("extracts"), project, extracts});
    const QString csv = readFile(extracts);
    INFO(csv.toStdString());
    const QStringList question = csv.split(QLatin1Char('\n')).filter(QStringLiteral("How long have you worked on the ward?"));
    REQUIRE(question.size() == 1);
    CHECK(question[0].contains(QStringLiteral("Michael Kennedy (interviewer)")));
    CHECK_FALSE(question[0].contains(QStringLiteral("Anna Smith")));

    // A theme coded only in the interviewer's turns is held by nobody: not by the interviewee who owns the source
    // (in the GUI study the table said "1 of 2 guests" while the theme review listed the extract as the
    // interviewer's, not counted).
    ok({QStringLiteral("code"), project, QStringLiteral("--source"), QStringLiteral("ben"), QStringLiteral("--code"),
        QStringLiteral("Asking about the team"), QStringLiteral("--coder"), QStringLiteral("Ana"), QStringLiteral("--match"),
        QStringLiteral("How did the team react?")});
    ok({QStringLiteral("themes"), QStringLiteral("add"), project, QStringLiteral("Questions")});
    ok({QStringLiteral("themes"), QStringLiteral("link"), project, QStringLiteral("Questions"), QStringLiteral("Asking about the team")});
    ok({QStringLiteral("export"), QStringLiteral("themes"), project, table});
    const QStringList rows = readFile(table).split(QLatin1Char('\n')).filter(QStringLiteral("| Questions |"));
    REQUIRE(rows.size() == 1);
    INFO(rows[0].toStdString());
    CHECK(rows[0].contains(QStringLiteral("| 0 of 2 | 0 of 1 |")));  // clinician, no role
}

TEST_CASE("the interviewer choice can be changed, and participants merged, removed and their values renamed")
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/change.thema");
    ok({QStringLiteral("init"), project});
    ok({QStringLiteral("import"), project, writeFile(dir, QStringLiteral("anna.txt"), QString::fromUtf8(kKennedyAnna))});
    CHECK(owners(project).value(QStringLiteral("anna")) == QLatin1String("Anna Smith"));

    // Say the guess was wrong: Anna interviewed Michael.
    ok({QStringLiteral("participants"), QStringLiteral("interviewer"), project, QStringLiteral("Michael Kennedy"), QStringLiteral("--off")});
    const CliRun marked = ok({QStringLiteral("participants"), QStringLiteral("interviewer"), project, QStringLiteral("Anna Smith")});
    CHECK(marked.out.contains(QStringLiteral("anna: Michael Kennedy")));
    CHECK(owners(project).value(QStringLiteral("anna")) == QLatin1String("Michael Kennedy"));

    // Two spellings of one person merge; attributes the target lacks come along; the turns follow.
    ok({QStringLiteral("participants"), QStringLiteral("add"), project, QStringLiteral("M. Kennedy"), QStringLiteral("site=North")});
    ok({QStringLiteral("participants"), QStringLiteral("merge"), project, QStringLiteral("M. Kennedy"), QStringLiteral("Michael Kennedy")});
    const QJsonArray people = QJsonDocument::fromJson(ok({QStringLiteral("participants"), project, QStringLiteral("--json")}).out.toUtf8()).array();
    REQUIRE(people.size() == 2);
    CHECK(people[1][QLatin1String("name")].toString() == QLatin1String("Michael Kennedy"));
    CHECK(people[1][QLatin1String("attributes")][QLatin1String("site")].toString() == QLatin1String("North"));
    CHECK(people[1][QLatin1String("turns")].toInt() == 3);
    CHECK(runCli({QStringLiteral("participants"), QStringLiteral("merge"), project, QStringLiteral("Anna Smith"), QStringLiteral("Anna Smith")}).code != 0);

    ok({QStringLiteral("participants"), QStringLiteral("rename-value"), project, QStringLiteral("site"), QStringLiteral("North"), QStringLiteral("North team")});
    CHECK(ok({QStringLiteral("participants"), QStringLiteral("values"), project}).out.contains(QStringLiteral("North team")));

    ok({QStringLiteral("participants"), QStringLiteral("remove"), project, QStringLiteral("Anna Smith")});
    CHECK(QJsonDocument::fromJson(ok({QStringLiteral("participants"), project, QStringLiteral("--json")}).out.toUtf8()).array().size() == 1);
}

TEST_CASE("a real podcast interview in WebVTT voice tags: the host is the interviewer, the guest owns it" * THEMA_NEEDS_SHARED)
{
    const QString dir = thema::test::tempDir();
    const QString project = dir + QStringLiteral("/vtt.thema");
    ok({QStringLiteral("init"), project});
    const CliRun r = ok({QStringLiteral("import"), project, thema::test::sharedPath(QStringLiteral("corpus/vtt/talkpython_555_voice-tags.vtt"))});
    CHECK(r.out.contains(QStringLiteral("interviewer: Michael Kennedy (asks most questions (39 of 45 question turns))")));
    CHECK(owners(project).value(QStringLiteral("talkpython_555_voice-tags")) == QLatin1String("Trevor Manz"));
}
