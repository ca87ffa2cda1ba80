#include "storetest.h"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace thema;
using namespace thema::test;

namespace {

// Counts every signal of a store, with the sources codingsChanged named.
struct SignalCounter {
    int sources = 0, participants = 0, coders = 0, codes = 0, themes = 0, codings = 0, memos = 0;
    QList<QList<Id>> codingSources;

    explicit SignalCounter(ProjectStore& store)
    {
        QObject::connect(&store, &ProjectStore::sourcesChanged, [this] { ++sources; });
        QObject::connect(&store, &ProjectStore::participantsChanged, [this] { ++participants; });
        QObject::connect(&store, &ProjectStore::codersChanged, [this] { ++coders; });
        QObject::connect(&store, &ProjectStore::codesChanged, [this] { ++codes; });
        QObject::connect(&store, &ProjectStore::themesChanged, [this] { ++themes; });
        QObject::connect(&store, &ProjectStore::codingsChanged, [this](const QList<Id>& s) {
            ++codings;
            codingSources.append(s);
        });
        QObject::connect(&store, &ProjectStore::memosChanged, [this] { ++memos; });
    }
    int total() const { return sources + participants + coders + codes + themes + codings + memos; }
};

}  // namespace

TEST_CASE("store: an exception inside transaction() rolls everything back and emits nothing")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("0123456789"));
    SignalCounter count(*store);
    CHECK_THROWS_AS(store->transaction([&] {
        const Id coder = store->ensureCoder(QStringLiteral("Ann"));
        const Id code = store->codeByPath(QStringLiteral("A/B"), true)->id;
        Coding c;
        c.source = source;
        c.span = {0, 4};
        c.code = code;
        c.coder = coder;
        store->addCoding(c);
        store->renameSource(source, QStringLiteral("Renamed"));
        throw std::runtime_error("simulated crash");
    }), std::runtime_error);
    CHECK(count.total() == 0);
    CHECK(store->coders().isEmpty());
    CHECK(store->codes().isEmpty());
    CHECK(store->codings().isEmpty());
    CHECK(store->source(source)->name == QStringLiteral("S"));

    // A refused step (thema::Error from a nested mutator) undoes the steps before it too.
    const QString message = errorOf([&] {
        store->transaction([&] {
            store->codeByPath(QStringLiteral("Kept?"), true);
            addText(*store, QStringLiteral("S"), QStringLiteral("duplicate name"));
        });
    });
    CHECK(message.contains(QStringLiteral("exists already")));
    CHECK(store->codes().isEmpty());
    CHECK(count.total() == 0);

    // The store is usable afterwards, and the next action commits and signals.
    store->codeByPath(QStringLiteral("After"), true);
    CHECK(store->codes().size() == 1);
    CHECK(count.codes == 1);
}

TEST_CASE("store: signals come once per outermost transaction")
{
    auto store = newStore();
    const Id s1 = addText(*store, QStringLiteral("S1"), QStringLiteral("0123456789"));
    const Id s2 = addText(*store, QStringLiteral("S2"), QStringLiteral("0123456789"));
    SignalCounter count(*store);

    store->codeByPath(QStringLiteral("A/B/C"), true);  // three inserts, one action
    CHECK(count.codes == 1);
    CHECK(count.total() == 1);

    store->transaction([&] {
        const Id coder = store->ensureCoder(QStringLiteral("Ann"));
        const Id code = store->codeByPath(QStringLiteral("A/B"))->id;
        for (const Id source : {s1, s2, s1}) {
            Coding c;
            c.source = source;
            c.span = {0, 2};
            c.code = code;
            c.coder = coder;
            store->addCoding(c);
        }
        store->transaction([&] { store->setCodeColor(code, QStringLiteral("#123456")); });
        CHECK(count.total() == 1);  // nothing yet, inside the transaction
    });
    CHECK(count.coders == 1);
    CHECK(count.codes == 2);
    CHECK(count.codings == 1);
    REQUIRE(count.codingSources.size() == 1);
    CHECK(count.codingSources[0] == QList<Id>{s1, s2});

    store->setSetting(QStringLiteral("k"), QStringLiteral("v"));
    CHECK(count.total() == 4);  // settings have no signal
}

TEST_CASE("store: a failed action caught inside a transaction leaves nothing behind")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("0123456789"));
    store->transaction([&] {
        QList<Turn> turns(2);
        turns[0].span = {0, 5};
        turns[1].span = {5, 50};  // outside the text: the whole batch is refused
        CHECK_FALSE(errorOf([&] { store->addTurns(source, turns); }).isEmpty());
        store->codeByPath(QStringLiteral("Still saved"), true);
    });
    CHECK(store->turns(source).isEmpty());
    CHECK(store->codeByPath(QStringLiteral("Still saved")).has_value());
}
