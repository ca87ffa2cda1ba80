#include "storetest.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::test;

namespace {

struct Fixture {
    std::unique_ptr<ProjectStore> store = newStore();
    // 👨‍👩‍👧 is 5 code points (8 UTF-16 units), 🇫🇮 2 (4), é here is e + U+0301: 2 code points.
    QString text = QStringLiteral("I: How was it?\nP: 👨‍👩‍👧 made it cafe\u0301-good 🇫🇮 😀!\n");
    Id source = addText(*store, QStringLiteral("S"), text);
    Id ann = store->ensureCoder(QStringLiteral("Ann"));
    Id ben = store->ensureCoder(QStringLiteral("Ben"));
    Id joy = store->codeByPath(QStringLiteral("Feelings/Joy"), true)->id;
    Id family = store->codeByPath(QStringLiteral("Family"), true)->id;

    Coding add(Span span, Id code, Id coder)
    {
        Coding c;
        c.source = source;
        c.span = span;
        c.code = code;
        c.coder = coder;
        store->addCoding(c);
        return c;
    }
};

}  // namespace

TEST_CASE("store: codings are code points into the text, read back exactly")
{
    Fixture f;
    const qint64 length = TextOffsets::codePointLength(f.text);
    CHECK(f.store->source(f.source)->characters == length);
    CHECK(length < f.text.size());
    const qint64 at = f.text.indexOf(QStringLiteral("👨"));  // UTF-16 offset
    const qint64 start = TextOffsets(f.text).toCodePoint(at);
    CHECK(start == at);  // nothing astral before it
    const Coding family = f.add({start, start + 5}, f.family, f.ann);
    const Coding flagAndSmile = f.add({length - 6, length - 2}, f.joy, f.ann);  // "🇫🇮 😀" before "!\n"
    const qint64 cafe = TextOffsets(f.text).toCodePoint(f.text.indexOf(QStringLiteral("cafe")));
    const Coding accent = f.add({cafe, cafe + 5}, f.joy, f.ben);

    const auto read = f.store->coding(family.id);
    REQUIRE(read);
    CHECK(read->span == Span{start, start + 5});
    CHECK(read->guid == family.guid);
    CHECK(read->createdAt.isValid());
    const QString stored = f.store->sourceText(f.source);
    CHECK(TextOffsets::mid(stored, read->span.start, read->span.end) == QStringLiteral("👨‍👩‍👧"));
    const Span s2 = f.store->coding(flagAndSmile.id)->span;
    CHECK(TextOffsets::mid(stored, s2.start, s2.end) == QStringLiteral("🇫🇮 😀"));
    const Span s3 = f.store->coding(accent.id)->span;
    CHECK(TextOffsets::mid(stored, s3.start, s3.end) == QStringLiteral("cafe\u0301"));
    // The whole text, to its last code point, can be coded.
    const Coding all = f.add({0, length}, f.joy, f.ben);
    CHECK(TextOffsets::mid(stored, 0, f.store->coding(all.id)->span.end) == f.text);
}

TEST_CASE("store: empty and out-of-range spans are refused")
{
    Fixture f;
    const qint64 length = f.store->source(f.source)->characters;
    for (const Span& bad : {Span{3, 3}, Span{5, 2}, Span{-1, 4}, Span{0, length + 1}, Span{0, qint64(f.text.size())}}) {
        CAPTURE(bad.start);
        CAPTURE(bad.end);
        Coding c;
        c.source = f.source;
        c.span = bad;
        c.code = f.joy;
        c.coder = f.ann;
        CHECK_FALSE(errorOf([&] { f.store->addCoding(c); }).isEmpty());
    }
    CHECK(f.store->codings().isEmpty());
    Coding outside;
    outside.source = f.source;
    outside.span = {0, 50};  // the text is 49 code points (counted by hand)
    outside.code = f.joy;
    outside.coder = f.ann;
    CHECK(errorOf([&] { f.store->addCoding(outside); }) == QStringLiteral("Span [0, 50) lies outside \"S\" (49 characters)"));
    Coding noCode;
    noCode.source = f.source;
    noCode.span = {0, 1};
    noCode.code = 999;
    noCode.coder = f.ann;
    CHECK(errorOf([&] { f.store->addCoding(noCode); }).contains(QStringLiteral("No code")));
    noCode.code = f.joy;
    noCode.coder = 999;
    CHECK(errorOf([&] { f.store->addCoding(noCode); }).contains(QStringLiteral("No coder")));
    noCode.coder = f.ann;
    noCode.source = 999;
    CHECK(errorOf([&] { f.store->addCoding(noCode); }).contains(QStringLiteral("No source")));

    const Coding ok = f.add({0, 2}, f.joy, f.ann);
    CHECK_FALSE(errorOf([&] { f.store->setCodingSpan(ok.id, {2, 2}); }).isEmpty());
    CHECK_FALSE(errorOf([&] { f.store->setCodingSpan(ok.id, {1, length + 1}); }).isEmpty());
    f.store->setCodingSpan(ok.id, {1, length});
    CHECK(f.store->coding(ok.id)->span == Span{1, length});
}

TEST_CASE("store: reading codings by filter, finding, memo, remove and put back")
{
    Fixture f;
    const Id relief = f.store->codeByPath(QStringLiteral("Feelings/Joy/Relief"), true)->id;
    const Coding a = f.add({0, 2}, f.joy, f.ann);
    const Coding b = f.add({0, 2}, f.joy, f.ben);  // overlaps are normal
    const Coding c = f.add({3, 9}, relief, f.ann);
    f.add({4, 6}, f.family, f.ben);
    CHECK(f.store->codings().size() == 4);
    CHECK(f.store->codings({{}, {f.joy}, {}}).size() == 2);
    CHECK(f.store->codings({{}, {f.joy}, {}, true}).size() == 3);
    CHECK(f.store->codings({{}, {f.joy}, {f.ann}, true}).size() == 2);
    CHECK(f.store->codings({{f.source}, {}, {f.ben}}).size() == 2);
    CHECK(f.store->codings({{12345}, {}, {}}).isEmpty());
    CHECK(f.store->findCoding(f.source, {0, 2}, f.joy, f.ben)->id == b.id);
    CHECK_FALSE(f.store->findCoding(f.source, {0, 3}, f.joy, f.ben).has_value());

    f.store->setCodingMemo(a.id, QStringLiteral("in vivo"));
    CHECK(f.store->coding(a.id)->memo == QStringLiteral("in vivo"));

    Theme theme;
    theme.name = QStringLiteral("T");
    f.store->addTheme(theme);
    f.store->setExemplar(theme.id, c.id, true);
    CHECK(f.store->exemplars(theme.id) == QList<Id>{c.id});
    Coding removed = f.store->removeCoding(c.id);
    CHECK_FALSE(f.store->coding(c.id).has_value());
    CHECK(f.store->exemplars(theme.id).isEmpty());
    f.store->addCoding(removed);  // undo: same row id and guid
    CHECK(removed.id == c.id);
    CHECK(f.store->coding(c.id)->guid == c.guid);
    CHECK(errorOf([&] { f.store->removeCoding(c.id + 100); }).contains(QStringLiteral("No coding")));

    f.store->removeSource(f.source);
    CHECK(f.store->codings().isEmpty());
    CHECK(f.store->turns(f.source).isEmpty());
}

TEST_CASE("store: memos")
{
    Fixture f;
    Memo project;
    project.title = QStringLiteral("Reflexive journal");
    project.text = QStringLiteral("Day 1 😀");
    project.author = QStringLiteral("Ann");
    f.store->addMemo(project);
    Memo anchored;
    anchored.target = MemoTarget::Source;
    anchored.targetId = f.source;
    anchored.anchor = Span{3, 8};
    anchored.text = QStringLiteral("A Word comment");
    f.store->addMemo(anchored);

    CHECK(f.store->memos().size() == 2);
    const QList<Memo> onSource = f.store->memosFor(MemoTarget::Source, f.source);
    REQUIRE(onSource.size() == 1);
    CHECK(onSource[0].anchor == Span{3, 8});
    CHECK(onSource[0].text == QStringLiteral("A Word comment"));
    const Memo first = f.store->memosFor(MemoTarget::Project, 0).first();
    CHECK_FALSE(first.anchor.has_value());
    CHECK(first.author == QStringLiteral("Ann"));
    CHECK(first.text == QStringLiteral("Day 1 😀"));

    f.store->updateMemo(project.id, QStringLiteral("Journal"), QStringLiteral("Day 2"));
    CHECK(f.store->memosFor(MemoTarget::Project, 0).first().title == QStringLiteral("Journal"));
    const Memo removed = f.store->removeMemo(project.id);
    CHECK(removed.text == QStringLiteral("Day 2"));
    CHECK(f.store->memos().size() == 1);
    CHECK(errorOf([&] { f.store->removeMemo(project.id); }).contains(QStringLiteral("No memo")));
    f.store->removeSource(f.source);
    CHECK(f.store->memos().isEmpty());
}

// On PostgreSQL the values go to the server as literals (sql::Query): quotes, placeholders' question marks,
// backslashes, dollar signs and comment dashes in a value must come back as written, on both backends.
TEST_CASE("store: values with quotes, question marks and backslashes are stored as written")
{
    Fixture f;
    const QString odd = QStringLiteral("It's \"odd\"? ?? 100% \\ \\' $1 $$ -- /* ? */ ''");
    const Coding c = f.add({0, 2}, f.joy, f.ann);
    // Twice each: a statement's first run sends its values in its text, later runs in an EXECUTE of it.
    for (const QString& memo : {QString(odd + QStringLiteral("?")), odd}) {
        f.store->setCodingMemo(c.id, memo);
        CHECK(f.store->coding(c.id)->memo == memo);
    }
    Memo memo;
    memo.target = MemoTarget::Coding;
    memo.targetId = c.id;
    memo.title = QStringLiteral("Why?");
    memo.text = odd;
    f.store->addMemo(memo);
    const QList<Memo> read = f.store->memosFor(MemoTarget::Coding, c.id);
    REQUIRE(read.size() == 1);
    CHECK(read[0].title == QStringLiteral("Why?"));
    CHECK(read[0].text == odd);
    for (const QString& key : {QStringLiteral("key ? 'x'"), QStringLiteral("key ? \"y\"")}) {
        f.store->setSetting(key, odd);
        CHECK(f.store->setting(key) == odd);
    }
}

TEST_CASE("store: a bulk coding checks each span against its own source, also after a source is removed and another added")
{
    Fixture f;
    f.store->transaction([&] {
        Coding first;
        first.source = f.source;
        first.span = {0, 2};
        first.code = f.joy;
        first.coder = f.ann;
        f.store->addCoding(first);  // the transaction now knows "S" is 49 code points long
        f.store->removeSource(f.source);
        // In a SQLite file the new source takes the removed one's id (the highest); it is 200 code points long.
        const Id longer = addText(*f.store, QStringLiteral("Longer"), QString(200, QLatin1Char('x')));
        Coding inside;
        inside.source = longer;
        inside.span = {100, 150};  // beyond "S", inside "Longer"
        inside.code = f.joy;
        inside.coder = f.ann;
        CHECK(errorOf([&] { f.store->addCoding(inside); }).isEmpty());
        Coding outside = inside;
        outside.id = 0;
        outside.guid.clear();
        outside.span = {150, 201};
        CHECK(errorOf([&] { f.store->addCoding(outside); }) == QStringLiteral("Span [150, 201) lies outside \"Longer\" (200 characters)"));
        f.store->renameSource(longer, QStringLiteral("Renamed"));
        CHECK(errorOf([&] { f.store->addCoding(outside); }) == QStringLiteral("Span [150, 201) lies outside \"Renamed\" (200 characters)"));
    });
    CHECK(f.store->codings().size() == 1);
}
