// A failed read in a model, and a refused undo command, reach the user as Session::error() messages; nothing
// throws through Qt's event loop or QUndoStack::push (an exception there ends the program).
#include "codebookmodel.h"
#include "commands/renamecode.h"
#include "session.h"
#include "sourcemodel.h"

#include "model/error.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

#include <doctest/doctest.h>

using namespace thema;

namespace {

// Another program damages the project underneath the open window: its code and source tables are renamed away.
void damageUnderneath(const QString& path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("errors-raw"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE code RENAME TO code_gone")));
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE source RENAME TO source_gone")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("errors-raw"));
}

}  // namespace

TEST_CASE("a model whose read fails shows the session's message and empties; the program goes on")
{
    const QString path = QDir(test::tempDir()).filePath(QStringLiteral("damaged-underneath.thema"));
    {
        const auto store = ProjectStore::create(path);
        Code code;
        code.name = QStringLiteral("Waiting");
        store->addCode(code);
        Source s;
        s.name = QStringLiteral("p1");
        s.format = QStringLiteral("txt");
        s.language = QStringLiteral("en");
        store->addSource(s, QStringLiteral("We waited six months.\n"));
    }
    Session session(ProjectStore::open(path));
    QSignalSpy errors(&session, &Session::error);
    CodebookModel codes;
    codes.setSession(&session);
    SourceModel sources;
    sources.setSession(&session);
    REQUIRE(codes.rowCount() == 1);
    REQUIRE(sources.rowCount() == 1);
    REQUIRE(errors.count() == 0);

    damageUnderneath(path);
    // The window hears of a change (as from another program) and the models reload on the next turn of the loop.
    emit session.store().codesChanged();
    emit session.store().sourcesChanged();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(codes.rowCount() == 0);
    CHECK(sources.rowCount() == 0);
    REQUIRE(errors.count() >= 2);
    const QString message = errors.first().first().toString();
    MESSAGE(message.toStdString());
    CHECK(message.contains(path));

    // A command the store refuses comes back as a message; nothing reaches the undo stack.
    errors.clear();
    CHECK_FALSE(session.push(new RenameCode(session, 1, QStringLiteral("Waiting"), QStringLiteral("Delay"), 0)));
    CHECK(session.undoStack()->count() == 0);
    CHECK(errors.count() == 1);
}
