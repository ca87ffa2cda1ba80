// Undo of participant, memo and theme steps addresses entities by GUID: thema-cli may remove what a GUI step changed
// and a new entity may take its row id; the step then refuses with a message and leaves the newcomer alone.
#include "fixture.h"

#include "commands/participantedits.h"
#include "commands/setattribute.h"
#include "commands/setmemo.h"
#include "session.h"
#include "shared.h"
#include "store/projectstore.h"
#include "themes/commands/addtheme.h"
#include "themes/commands/linkthemecodes.h"

#include <doctest/doctest.h>

#include <QSignalSpy>

#include <functional>
#include <QUndoStack>

using namespace thema;

namespace {

struct Fresh {
    QString path;
    std::unique_ptr<Session> session;
    explicit Fresh(const QString& name)
    {
        path = test::tempDir() + QLatin1Char('/') + name;
        ProjectStore::create(path);
        session = std::make_unique<Session>(ProjectStore::open(path));
        session->setCoder(session->store().ensureCoder(QStringLiteral("ana")));
    }
    /** A code made in the GUI's store. */
    Id addCode(const QString& name)
    {
        Code code;
        code.name = name;
        return session->store().addCode(code);
    }
    /** "thema-cli codes remove" of @p id, then "codes add" of @p name, which takes the same id; @p more runs after. */
    void replaceCode(Id id, const QString& name, const std::function<void(ProjectStore&)>& more)
    {
        const auto cli = ProjectStore::open(path);
        cli->removeCode(id);
        Code other;
        other.name = name;
        cli->addCode(other);
        REQUIRE(other.id == id);  // the reused id this guards against
        more(*cli);
    }
};

}  // namespace

TEST_CASE("undoing participant steps after another program reused the participant's id refuses and changes nobody")
{
    Fresh f(QStringLiteral("undo-guid-people.thema"));
    Session& session = *f.session;
    ProjectStore& gui = session.store();
    QSignalSpy errors(&session, &Session::error);

    auto* add = new AddParticipant(session, QStringLiteral("P01"));
    REQUIRE(session.push(add));
    const Id id = add->participant();
    REQUIRE(session.push(new RenameParticipant(session, id, QStringLiteral("P01"), QStringLiteral("Ada"), 0)));
    REQUIRE(session.push(new SetAttribute(session, id, QStringLiteral("role"), std::nullopt, QStringLiteral("clinician"), 0)));

    // thema-cli participants remove Ada; thema-cli import ... --participant P99 --attr role=service user
    {
        const auto cli = ProjectStore::open(f.path);
        cli->removeParticipant(id);
        Participant other;
        other.name = QStringLiteral("P99");
        cli->addParticipant(other);
        REQUIRE(other.id == id);  // the reused id this guards against
        cli->setAttribute(other.id, QStringLiteral("role"), QStringLiteral("service user"));
    }

    session.undoStack()->undo();  // Set role
    REQUIRE(errors.count() == 1);
    CHECK(errors.last().first().toString().contains(QStringLiteral("participant")));
    session.undoStack()->undo();  // Rename
    CHECK(errors.count() == 2);
    CHECK(errors.last().first().toString().contains(QStringLiteral("Ada")));
    session.undoStack()->undo();  // Add participant
    CHECK(errors.count() == 3);
    CHECK(errors.last().first().toString().contains(QStringLiteral("P01")));

    REQUIRE(gui.participants().size() == 1);
    const Participant p99 = gui.participants().first();
    CHECK(p99.name == QStringLiteral("P99"));
    CHECK(p99.attributes.value(QStringLiteral("role")) == QStringLiteral("service user"));
}

TEST_CASE("undoing a memo on a code the CLI replaced refuses and leaves the new code's memo alone")
{
    Fresh f(QStringLiteral("undo-guid-memo.thema"));
    Session& session = *f.session;
    ProjectStore& gui = session.store();
    QSignalSpy errors(&session, &Session::error);

    const Id code = f.addCode(QStringLiteral("Waiting"));
    REQUIRE(session.push(new SetMemo(session, MemoTarget::Code, code, QStringLiteral("Waiting"), QStringLiteral("GUI memo"),
                                     QStringLiteral("ana"))));
    f.replaceCode(code, QStringLiteral("Costs"), [&](ProjectStore& cli) {
        Memo m;
        m.target = MemoTarget::Code;
        m.targetId = code;
        m.text = QStringLiteral("CLI memo");
        cli.addMemo(m);
    });
    // removeCode left the GUI's memo in place only if the store keeps orphans; either way undo must not touch "CLI memo".
    session.undoStack()->undo();
    REQUIRE(errors.count() == 1);
    CHECK(errors.first().first().toString().contains(QStringLiteral("Waiting")));
    QStringList texts;
    for (const Memo& m : gui.memosFor(MemoTarget::Code, code))
        texts.append(m.text);
    CHECK(texts.contains(QStringLiteral("CLI memo")));
    CHECK_FALSE(texts.contains(QString()));
}

TEST_CASE("undoing \"add codes to theme\" after the CLI replaced a code refuses and unlinks nothing")
{
    Fresh f(QStringLiteral("undo-guid-theme.thema"));
    Session& session = *f.session;
    ProjectStore& gui = session.store();
    QSignalSpy errors(&session, &Session::error);

    const Id code = f.addCode(QStringLiteral("Waiting"));
    auto* theme = new AddTheme(session, QStringLiteral("Access"));
    REQUIRE(session.push(theme));
    const QString guid = theme->guid();
    REQUIRE(session.push(new LinkThemeCodes(session, guid, {code})));
    const Id themeId = gui.themeByPath(QStringLiteral("Access"))->id;
    f.replaceCode(code, QStringLiteral("Costs"), [&](ProjectStore& cli) { cli.linkCode(themeId, code); });  // themes link
    session.undoStack()->undo();
    REQUIRE(errors.count() == 1);
    CHECK(errors.first().first().toString().contains(QStringLiteral("no longer in the project")));
    CHECK(gui.theme(themeId)->codes == QList<Id>{code});  // "Costs" stays in the theme
}
