// thema-cli themes merge | split | exemplar, driven through the binary; every expectation is written out by hand.
#include "clirun.h"
#include "shared.h"

#include <doctest/doctest.h>


using thema::test::CliRun;
using thema::test::runCli;

namespace {

QString S(const char* s) { return QString::fromUtf8(s); }

CliRun ok(const QStringList& args)
{
    const CliRun r = runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString(), "\n", r.err.toStdString());
    REQUIRE(r.code == 0);
    return r;
}

/** A project with one interview and three codings by Alex; returns the coding ids by code path. */
QHash<QString, qint64> codedProject(const QString& project)
{
    QString error;
    const bool made = !thema::test::cliProjectWithText(project, thema::test::tempDir(), S("P1.txt"),
                                                       "Interviewer: How did it go?\n\nP1: I waited six months. The peer worker helped me a lot.\n",
                                                       &error).isEmpty();
    INFO(error.toStdString());
    REQUIRE(made);
    QHash<QString, qint64> ids;
    for (const auto& [code, text] : {std::pair{"Access/Waiting", "waited six months"}, std::pair{"Access/Time", "six months"},
                                     std::pair{"Peer/Help", "peer worker helped"}}) {
        const CliRun r = ok({S("code"), project, S("--source"), S("P1"), S("--code"), S(code), S("--coder"), S("Alex"), S("--match"),
                             S(text), S("--json")});
        ids.insert(S(code), r.object().value(S("id")).toInteger());
    }
    return ids;
}

QJsonObject themeAt(const QString& project, const QString& path)
{
    for (const QJsonValue& v : runCli({S("themes"), project, S("--json")}).array())
        if (v.toObject().value(S("path")).toString() == path)
            return v.toObject();
    return {};
}

QList<qint64> ids(const QJsonValue& array)
{
    QList<qint64> out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toInteger());
    return out;
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

}  // namespace

TEST_CASE("themes merge joins codes, exemplars, subthemes and definitions; split takes codes and their exemplars")
{
    const QString project = thema::test::tempDir() + S("/themes.thema");
    const QHash<QString, qint64> coding = codedProject(project);
    ok({S("themes"), S("add"), project, S("Barriers"), S("--definition"), S("Things in the way.")});
    ok({S("themes"), S("add"), project, S("Delays"), S("--definition"), S("Waiting.")});
    ok({S("themes"), S("add"), project, S("Delays/Long waits")});
    ok({S("themes"), S("link"), project, S("Barriers"), S("Access/Waiting"), S("Peer/Help")});
    ok({S("themes"), S("link"), project, S("Delays"), S("Access/Time")});

    // Stars: an extract of the theme's own codes only.
    const CliRun star = ok({S("themes"), S("exemplar"), project, S("Barriers"), QString::number(coding[S("Access/Waiting")]), S("--json")});
    CHECK(star.object().value(S("exemplar")).toBool());
    CHECK(star.object().value(S("changed")).toBool());
    ok({S("themes"), S("exemplar"), project, S("Barriers"), QString::number(coding[S("Peer/Help")])});
    ok({S("themes"), S("exemplar"), project, S("Delays"), QString::number(coding[S("Access/Time")])});
    const CliRun foreign = runCli({S("themes"), S("exemplar"), project, S("Delays"), QString::number(coding[S("Peer/Help")])});
    CHECK(foreign.code == 1);
    CHECK(foreign.err.contains(S("is not an extract of theme \"Delays\"")));
    CHECK(runCli({S("themes"), S("exemplar"), project, S("Delays"), S("x")}).code == 2);

    // Merging a theme into its own subtheme is refused and changes nothing.
    const CliRun down = runCli({S("themes"), S("merge"), project, S("Delays"), S("Delays/Long waits")});
    CHECK(down.code == 1);
    CHECK(down.err.contains(S("cannot be merged into its own subtheme")));
    CHECK(runCli({S("themes"), S("merge"), project, S("Delays"), S("Delays")}).err.contains(S("cannot be merged into itself")));
    CHECK(themeAt(project, S("Delays/Long waits")).value(S("name")).toString() == S("Long waits"));

    const CliRun merged = ok({S("themes"), S("merge"), project, S("Delays"), S("Barriers"), S("--json")});
    CHECK(strings(merged.object().value(S("codes_added"))) == QStringList{S("Access/Time")});
    CHECK(ids(merged.object().value(S("exemplars_added"))) == QList<qint64>{coding[S("Access/Time")]});
    CHECK(merged.object().value(S("subthemes_moved")).toInt() == 1);
    const QJsonObject barriers = themeAt(project, S("Barriers"));
    CHECK(barriers.value(S("definition")).toString() == S("Things in the way.\n\nWaiting."));
    CHECK(strings(barriers.value(S("codes"))) == QStringList{S("Access/Time"), S("Access/Waiting"), S("Peer/Help")});
    CHECK(ids(barriers.value(S("exemplars"))) ==
          QList<qint64>{coding[S("Access/Waiting")], coding[S("Access/Time")], coding[S("Peer/Help")]});
    CHECK(themeAt(project, S("Delays")).isEmpty());
    CHECK(themeAt(project, S("Barriers/Long waits")).value(S("name")).toString() == S("Long waits"));

    // Split: the new theme takes the named codes and the exemplars coded with them.
    const CliRun wrong = runCli({S("themes"), S("split"), project, S("Barriers/Long waits"), S("Support"), S("Peer/Help")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(S("Code \"Peer/Help\" is not in theme \"Barriers/Long waits\"")));
    const CliRun split = ok({S("themes"), S("split"), project, S("Barriers"), S("Support"), S("Peer/Help"), S("--json")});
    CHECK(split.object().value(S("theme")).toString() == S("Support"));
    CHECK(strings(split.object().value(S("codes"))) == QStringList{S("Peer/Help")});
    CHECK(ids(split.object().value(S("exemplars_moved"))) == QList<qint64>{coding[S("Peer/Help")]});
    const QJsonObject support = themeAt(project, S("Support"));
    CHECK(support.value(S("status")).toString() == S("candidate"));
    CHECK(strings(support.value(S("codes"))) == QStringList{S("Peer/Help")});
    CHECK(ids(support.value(S("exemplars"))) == QList<qint64>{coding[S("Peer/Help")]});
    CHECK(strings(themeAt(project, S("Barriers")).value(S("codes"))) == QStringList{S("Access/Time"), S("Access/Waiting")});
    CHECK(ids(themeAt(project, S("Barriers")).value(S("exemplars"))) == QList<qint64>{coding[S("Access/Waiting")], coding[S("Access/Time")]});
    CHECK(runCli({S("themes"), S("split"), project, S("Barriers"), S("Support"), S("Access/Time")}).err.contains(S("exists already")));

    // Unstar; a second unstar reports that nothing changed.
    const CliRun off = ok({S("themes"), S("exemplar"), project, S("Support"), QString::number(coding[S("Peer/Help")]), S("--off"), S("--json")});
    CHECK(off.object().value(S("changed")).toBool());
    CHECK(ids(themeAt(project, S("Support")).value(S("exemplars"))).isEmpty());
    CHECK(ok({S("themes"), S("exemplar"), project, S("Support"), QString::number(coding[S("Peer/Help")]), S("--off")}).out.contains(S("already so")));
}
