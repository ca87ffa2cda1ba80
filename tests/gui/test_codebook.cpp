// The codebook's model and commands: rename, move, merge and delete, each undone to exactly what was there.
#include "fixture.h"

#include "codebookmodel.h"
#include "codebookpanel.h"
#include "codedsegmentsmodel.h"
#include "codedsegmentspanel.h"
#include "commands/mergecode.h"
#include "commands/removecode.h"
#include "mainwindow.h"
#include "mimetypes.h"
#include "session.h"
#include "sourcemodel.h"
#include "sourcespanel.h"
#include "store/projectstore.h"
#include "wordsnap.h"

#include <doctest/doctest.h>

#include <QAction>
#include <QMimeData>
#include <QTest>
#include <QUndoStack>

using namespace thema;

namespace {

/** A code that has codings and no subcodes, and another top-level code to merge it into. */
std::pair<Code, Code> twoCodes(const ProjectStore& store)
{
    const QList<CodeCount> counts = store.codeCounts();
    Code from, into;
    for (const Code& c : store.codes()) {
        bool hasChildren = false;
        for (const Code& d : store.codes())
            hasChildren = hasChildren || d.parent == c.id;
        bool used = false;
        for (const CodeCount& n : counts)
            used = used || (n.code == c.id && n.codings > 0);
        if (!from.id && used && !hasChildren)
            from = c;
    }
    for (const Code& c : store.codes())
        if (c.id != from.id && c.parent != from.id && !into.id && c.id != from.parent)
            into = c;
    return {from, into};
}

}  // namespace

TEST_CASE("renaming in the codebook tree is an undoable command")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    CodebookModel* model = window.codebook()->model();
    ProjectStore& store = window.session()->store();
    const Code code = store.codes().first();
    const QModelIndex index = model->indexOf(code.id);
    REQUIRE(index.isValid());
    CHECK(index.data().toString() == code.name);
    REQUIRE(model->setData(index, QStringLiteral("Renamed code")));
    CHECK(store.code(code.id)->name == QStringLiteral("Renamed code"));
    QCoreApplication::processEvents();
    CHECK(model->indexOf(code.id).data().toString() == QStringLiteral("Renamed code"));
    window.session()->undoStack()->undo();
    CHECK(store.code(code.id)->name == code.name);
}

TEST_CASE("moving a code by drag and drop, and undoing it")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    CodebookModel* model = window.codebook()->model();
    ProjectStore& store = window.session()->store();
    const auto [code, target] = twoCodes(store);
    REQUIRE(code.id);
    REQUIRE(target.id);
    QMimeData* data = model->mimeData({model->indexOf(code.id)});
    model->dropMimeData(data, Qt::MoveAction, -1, 0, model->indexOf(target.id));
    delete data;
    CHECK(store.code(code.id)->parent == target.id);
    window.session()->undoStack()->undo();
    CHECK(store.code(code.id)->parent == code.parent);
}

TEST_CASE("a text selection dropped on a code codes it")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    CodebookModel* model = window.codebook()->model();
    ProjectStore& store = window.session()->store();
    const Code code = store.codes().last();
    const Id source = store.sources().first().id;
    QMimeData data;
    data.setData(mime::span(), QStringLiteral("%1 10 20").arg(source).toUtf8());
    CHECK(model->canDropMimeData(&data, Qt::CopyAction, -1, 0, model->indexOf(code.id)));
    CHECK(model->dropMimeData(&data, Qt::CopyAction, -1, 0, model->indexOf(code.id)));
    CHECK(store.findCoding(source, Span{10, 20}, code.id, window.session()->coder()));
}

TEST_CASE("merge and delete are undone with the same ids and guids")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    Session* session = window.session();
    ProjectStore& store = session->store();
    const auto [from, into] = twoCodes(store);
    REQUIRE(from.id);
    REQUIRE(into.id);
    const QList<Coding> before = store.codings({{}, {from.id}, {}});
    REQUIRE_FALSE(before.isEmpty());
    const QList<Memo> memosBefore = store.memosFor(MemoTarget::Code, from.id);

    REQUIRE(session->push(new MergeCode(*session, from.id, into.id, QStringLiteral("merge"))));
    CHECK_FALSE(store.code(from.id));
    CHECK(store.codings({{}, {from.id}, {}}).isEmpty());
    session->undoStack()->undo();
    const auto restored = store.code(from.id);
    REQUIRE(restored);
    CHECK(restored->guid == from.guid);
    CHECK(restored->name == from.name);
    CHECK(restored->parent == from.parent);
    const QList<Coding> after = store.codings({{}, {from.id}, {}});
    REQUIRE(after.size() == before.size());
    for (int i = 0; i < before.size(); ++i) {
        CHECK(after[i].id == before[i].id);
        CHECK(after[i].guid == before[i].guid);
    }
    CHECK(store.memosFor(MemoTarget::Code, from.id).size() == memosBefore.size());
    session->undoStack()->redo();
    CHECK_FALSE(store.code(from.id));
    session->undoStack()->undo();

    REQUIRE(session->push(new RemoveCode(*session, from.id, from.name)));
    CHECK_FALSE(store.code(from.id));
    session->undoStack()->undo();
    CHECK(store.code(from.id)->guid == from.guid);
    CHECK(store.codings({{}, {from.id}, {}}).size() == before.size());
}

TEST_CASE("coded segments: every extract of a code, filtered by coder and group")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    Session* session = window.session();
    session->setShowOtherCoders(true);
    ProjectStore& store = session->store();
    const auto [code, unused] = twoCodes(store);
    CodedSegmentsModel* model = window.segments()->model();
    window.segments()->showCode(code.id);
    const QList<Coding> all = store.codings({{}, {code.id}, {}, true});
    CHECK(model->rowCount() == all.size());
    REQUIRE(model->rowCount() > 0);
    CHECK_FALSE(model->index(0, CodedSegmentsModel::ExtractColumn).data().toString().isEmpty());
    CHECK_FALSE(model->index(0, CodedSegmentsModel::ParticipantColumn).data().toString().isEmpty());
    model->setCoderFilter(session->coder());
    CHECK(model->rowCount() == store.codings({{}, {code.id}, {session->coder()}, true}).size());
    model->setCoderFilter(0);
    const QStringList groups = model->groups();
    REQUIRE_FALSE(groups.isEmpty());
    model->setGroupFilter(groups.first());
    CHECK(model->rowCount() <= all.size());
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->index(r, CodedSegmentsModel::AttributesColumn).data().toString().contains(groups.first()));
}

TEST_CASE("the sources navigator groups by participant and by attribute, with counts")
{
    MainWindow window;
    REQUIRE(window.openProject(test::demoProject()));
    SourceModel* model = window.sources()->model();
    const qsizetype sources = window.session()->store().sources().size();
    model->setGrouping(QStringLiteral("role"));
    int total = 0;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        CHECK(group.data().toString().contains(QStringLiteral("(%1)").arg(model->rowCount(group))));
        total += model->rowCount(group);
    }
    CHECK(total == sources);
    CHECK(model->rowCount() >= 2);
    model->setGrouping({});
    CHECK(model->rowCount() == sources);
}

TEST_CASE("snapping selections to whole words and in-vivo names")
{
    const QString text = QStringLiteral("I don't think  well-being matters.");
    // "on't thi" widens to "don't think"
    const auto [s, e] = snapToWords(text, 3, 11);
    CHECK(text.mid(s, e - s) == QStringLiteral("don't think"));
    const auto [s2, e2] = snapToWords(text, 15, 20);
    CHECK(text.mid(s2, e2 - s2) == QStringLiteral("well-being"));
    const auto [s3, e3] = snapToWords(text, 13, 15);
    CHECK(s3 == 13);  // only spaces: unchanged
    CHECK(e3 == 15);
    CHECK(inVivoName(QStringLiteral("  \"it felt like\n home/family\" ")) == QStringLiteral("it felt like home-family"));
    CHECK(inVivoName(QString(80, QLatin1Char('a'))).size() == 60);
}
