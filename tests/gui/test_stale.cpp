// Nothing stale: switching projects clears what showed the old one; another process's changes reach the views;
// group counts repaint after coding and undo.
#include "fixture.h"

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "codedsegmentsmodel.h"
#include "codedsegmentspanel.h"
#include "commands/addcoding.h"
#include "externalchanges.h"
#include "mainwindow.h"
#include "session.h"
#include "shared.h"
#include "sourcemodel.h"
#include "sourcespanel.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace thema;

TEST_CASE("switching projects clears the coded-segments header and the transcript tab")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    const Code code = window.session()->store().codes().first();
    window.codebook()->selectCode(code.id);
    emit window.codebook()->codeSelected(code.id);
    auto* title = window.segments()->findChild<QLabel*>(QStringLiteral("segmentsTitle"));
    REQUIRE(title);
    REQUIRE(title->text().contains(code.path.toHtmlEscaped()));
    CHECK(window.tabs()->tabText(0) != QStringLiteral("Transcript"));  // the demo's first source

    const QString empty = test::tempDir() + QStringLiteral("/empty.thema");
    {
        const auto store = ProjectStore::create(empty);
        store->ensureCoder(QSettings().value(QStringLiteral("coding/lastCoder")).toString());
    }
    REQUIRE(window.openProject(empty));
    CHECK(title->text() == QStringLiteral("Select a code to see its extracts."));
    CHECK(window.segments()->model()->rowCount() == 0);
    CHECK(window.tabs()->tabText(0) == QStringLiteral("Transcript"));
}

TEST_CASE("a code added by another process (thema-cli) appears in the open window")
{
    const QString path = test::demoProject();
    MainWindow window;
    REQUIRE(window.openProject(path));
    ProjectStore& store = window.session()->store();
    const int before = int(store.codes().size());
    CHECK_FALSE(window.externalChanges()->check());  // nothing changed yet; our own reads change nothing
    {
        const auto other = ProjectStore::open(path);
        Code c;
        c.name = QStringLiteral("Added by the CLI");
        other->addCode(c);
    }
    CHECK(window.externalChanges()->check());
    QCoreApplication::processEvents();
    int rows = 0;
    const std::function<void(const QModelIndex&)> count = [&](const QModelIndex& parent) {
        for (int r = 0; r < window.codebook()->model()->rowCount(parent); ++r) {
            ++rows;
            count(window.codebook()->model()->index(r, 0, parent));
        }
    };
    count({});
    CHECK(rows == before + 1);
    CHECK_FALSE(window.externalChanges()->check());  // noticed once
}

TEST_CASE("group counts in the sources navigator repaint after coding and after undo")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    Session* session = window.session();
    SourceModel* model = window.sources()->model();
    model->setGrouping(QStringLiteral("role"));
    REQUIRE(model->rowCount() >= 2);
    const Id source = session->store().sources().first().id;
    const QModelIndex child = model->indexOf(source);
    const QModelIndex group = child.parent();
    REQUIRE(group.isValid());
    const qint64 before = model->index(group.row(), 1).data().toLongLong();

    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const auto groupRowRepainted = [&] {
        for (const QList<QVariant>& args : changed) {
            const auto from = args.at(0).value<QModelIndex>();
            const auto to = args.at(1).value<QModelIndex>();
            if (!from.parent().isValid() && from.row() <= group.row() && to.row() >= group.row() && from.column() <= 1 && to.column() >= 1)
                return true;
        }
        return false;
    };
    Coding c;
    c.source = source;
    c.span = {0, 5};
    c.code = session->store().codes().first().id;
    c.coder = session->coder();
    REQUIRE(session->push(new AddCoding(*session, c, QStringLiteral("x"))));
    QTRY_VERIFY(groupRowRepainted());
    CHECK(model->index(group.row(), 1).data().toLongLong() == before + 1);
    changed.clear();
    session->undoStack()->undo();
    QTRY_VERIFY(groupRowRepainted());
    CHECK(model->index(group.row(), 1).data().toLongLong() == before);
}
