// Optimistic versioning in the GUI: an edit made on what a view showed, after another program (thema-cli, another
// team member) changed the same object, is refused with a message naming its current value; nothing is overwritten.
// Once the view has caught up, the same edit goes through and undoes. Driven through the models' setData, the path
// an edit in the codebook or the participants table takes.
#include "fixture.h"

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "externalchanges.h"
#include "mainwindow.h"
#include "participantmodel.h"
#include "session.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QCoreApplication>
#include <QSignalSpy>
#include <QUndoStack>

using namespace thema;

namespace {

Id codeNamed(ProjectStore& store, const QString& name)
{
    for (const Code& c : store.codes())
        if (c.name == name)
            return c.id;
    return 0;
}

}  // namespace

TEST_CASE("renaming a code another program renamed since is refused with its current name; after catching up it works")
{
    const QString path = test::demoProject();
    MainWindow window;
    REQUIRE(window.openProject(path));
    Session* session = window.session();
    CodebookModel* model = window.codebook()->model();
    const Id hope = codeNamed(session->store(), QStringLiteral("Hope"));
    REQUIRE(hope != 0);

    ProjectStore::open(path)->renameCode(hope, QStringLiteral("Hope (renamed by the CLI)"));  // the view has not seen it
    QSignalSpy errors(session, &Session::error);
    CHECK_FALSE(model->setData(model->indexOf(hope), QStringLiteral("Hope and belief"), Qt::EditRole));
    REQUIRE(errors.count() == 1);
    const QString message = errors.first().first().toString();
    CHECK(message.contains(QStringLiteral("changed by someone else")));
    CHECK(message.contains(QStringLiteral("Hope (renamed by the CLI)")));
    CHECK(session->store().code(hope)->name == QStringLiteral("Hope (renamed by the CLI)"));
    CHECK(session->undoStack()->count() == 0);

    REQUIRE(window.externalChanges()->check());
    QCoreApplication::processEvents();
    CHECK(model->indexOf(hope).data().toString() == QStringLiteral("Hope (renamed by the CLI)"));
    REQUIRE(model->setData(model->indexOf(hope), QStringLiteral("Hope and belief"), Qt::EditRole));
    CHECK(session->store().code(hope)->name == QStringLiteral("Hope and belief"));
    session->undoStack()->undo();
    CHECK(session->store().code(hope)->name == QStringLiteral("Hope (renamed by the CLI)"));
    session->undoStack()->redo();
    CHECK(session->store().code(hope)->name == QStringLiteral("Hope and belief"));
    CHECK(errors.count() == 1);
}

TEST_CASE("renaming a participant another program renamed since is refused; nothing is overwritten")
{
    const QString path = test::demoProject();
    MainWindow window;
    REQUIRE(window.openProject(path));
    Session* session = window.session();
    ParticipantModel model;
    model.setSession(session);
    const auto p = session->store().participantByName(QStringLiteral("P05"));
    REQUIRE(p);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, ParticipantModel::NameColumn).data().toString() == QStringLiteral("P05"))
            row = r;
    REQUIRE(row >= 0);

    ProjectStore::open(path)->renameParticipant(p->id, QStringLiteral("P05 (CLI)"));
    QSignalSpy errors(session, &Session::error);
    CHECK_FALSE(model.setData(model.index(row, ParticipantModel::NameColumn), QStringLiteral("Pat"), Qt::EditRole));
    REQUIRE(errors.count() == 1);
    CHECK(errors.first().first().toString().contains(QStringLiteral("P05 (CLI)")));
    CHECK(session->store().participant(p->id)->name == QStringLiteral("P05 (CLI)"));
}
