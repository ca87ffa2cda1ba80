// Undo addresses entities by GUID: another program (thema-cli) may remove what a GUI step made and reuse its id.
#include "fixture.h"

#include "commands/addcode.h"
#include "commands/addcoding.h"
#include "commands/renamecode.h"
#include "session.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QSignalSpy>
#include <QUndoStack>

using namespace thema;

TEST_CASE("undoing \"New code\" after another program reused the code's id refuses with a message and deletes nothing")
{
    const QString path = test::tempDir() + QStringLiteral("/undo-guid.thema");
    ProjectStore::create(path);
    Session session(ProjectStore::open(path));
    ProjectStore& gui = session.store();
    Source s;
    s.name = QStringLiteral("one");
    gui.addSource(s, QStringLiteral("Some words to code here."));
    session.setCoder(gui.ensureCoder(QStringLiteral("ana")));

    Code made;
    made.name = QStringLiteral("GUI code");
    auto* add = new AddCode(session, made);
    REQUIRE(session.push(add));
    const Id id = add->codeId();
    REQUIRE(gui.code(id));

    // "thema-cli codes remove" then "thema-cli codes add" and "code", on their own connection.
    {
        const auto cli = ProjectStore::open(path);
        cli->removeCode(id);
        Code other;
        other.name = QStringLiteral("CLI code");
        cli->addCode(other);
        REQUIRE(other.id == id);  // SQLite reused the id: the case this guards against
        Coding c;
        c.source = s.id;
        c.span = {0, 4};
        c.code = other.id;
        c.coder = cli->ensureCoder(QStringLiteral("bo"));
        cli->addCoding(c);
    }

    QSignalSpy errors(&session, &Session::error);
    session.undoStack()->undo();
    REQUIRE(errors.count() == 1);
    CHECK(errors.first().first().toString().contains(QStringLiteral("GUI code")));
    REQUIRE(gui.code(id));
    CHECK(gui.code(id)->name == QStringLiteral("CLI code"));
    CodingFilter filter;
    filter.codes = {id};
    CHECK(gui.codings(filter).size() == 1);

    // A rename made in the GUI of a code the CLI then removed: undo refuses, and touches no other code.
    Code second;
    second.name = QStringLiteral("Second");
    gui.addCode(second);
    REQUIRE(session.push(new RenameCode(session, second.id, QStringLiteral("Second"), QStringLiteral("Renamed"), 0)));
    {
        const auto cli = ProjectStore::open(path);
        cli->removeCode(second.id);
        Code third;
        third.name = QStringLiteral("Third");
        cli->addCode(third);
        REQUIRE(third.id == second.id);
    }
    session.undoStack()->undo();
    CHECK(errors.count() == 2);
    CHECK(gui.code(second.id)->name == QStringLiteral("Third"));
}
