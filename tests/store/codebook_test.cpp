#include "storetest.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::test;

namespace {

QStringList codePaths(const ProjectStore& store)
{
    QStringList paths;
    for (const Code& c : store.codes())
        paths.append(c.path);
    return paths;
}

Id codeId(ProjectStore& store, const QString& path)
{
    const auto code = store.codeByPath(path);
    REQUIRE_MESSAGE(code, path.toStdString());
    return code->id;
}

Coding makeCoding(Id source, Span span, Id code, Id coder)
{
    Coding c;
    c.source = source;
    c.span = span;
    c.code = code;
    c.coder = coder;
    return c;
}

}  // namespace

TEST_CASE("store: codeByPath finds and creates a hierarchy")
{
    auto store = newStore();
    CHECK_FALSE(store->codeByPath(QStringLiteral("Feelings/Joy")).has_value());
    CHECK(store->codes().isEmpty());  // looking does not create
    const auto joy = store->codeByPath(QStringLiteral(" Feelings / Joy "), true);
    REQUIRE(joy);
    CHECK(joy->name == QStringLiteral("Joy"));
    CHECK(joy->path == QStringLiteral("Feelings/Joy"));
    CHECK(store->codeByPath(QStringLiteral("Feelings/Joy"), true)->id == joy->id);  // no duplicate
    store->codeByPath(QStringLiteral("Feelings/Anger"), true);
    store->codeByPath(QStringLiteral("Access"), true);
    CHECK(codePaths(*store) == QStringList{QStringLiteral("Feelings"), QStringLiteral("Feelings/Joy"), QStringLiteral("Feelings/Anger"),
                                           QStringLiteral("Access")});
    CHECK(store->code(joy->id)->parent == codeId(*store, QStringLiteral("Feelings")));
    CHECK_FALSE(store->codeByPath(QStringLiteral("//")).has_value());

    Code slash;
    slash.name = QStringLiteral("a/b");
    CHECK(errorOf([&] { store->addCode(slash); }).contains(QStringLiteral("'/'")));
    Code dup;
    dup.name = QStringLiteral("Access");
    CHECK(errorOf([&] { store->addCode(dup); }).contains(QStringLiteral("exists already")));
    Code orphan;
    orphan.name = QStringLiteral("Orphan");
    orphan.parent = 9999;
    CHECK(errorOf([&] { store->addCode(orphan); }).contains(QStringLiteral("No parent code")));
}

TEST_CASE("store: rename and describe codes")
{
    auto store = newStore();
    const Id joy = store->codeByPath(QStringLiteral("Feelings/Joy"), true)->id;
    store->codeByPath(QStringLiteral("Feelings/Anger"), true);
    store->renameCode(joy, QStringLiteral("Happiness"));
    CHECK(store->code(joy)->path == QStringLiteral("Feelings/Happiness"));
    CHECK(errorOf([&] { store->renameCode(joy, QStringLiteral("Anger")); }).contains(QStringLiteral("exists already")));
    CHECK(errorOf([&] { store->renameCode(joy, QStringLiteral("x/y")); }).contains(QStringLiteral("'/'")));
    CHECK(errorOf([&] { store->renameCode(joy, QStringLiteral("  ")); }).contains(QStringLiteral("needs a name")));
    const CodeDescription d{QStringLiteral("def"), QStringLiteral("use"), QStringLiteral("not"), QStringLiteral("“quote”")};
    store->setCodeDescription(joy, d);
    CHECK(store->code(joy)->description == d);
    store->setCodeColor(joy, QStringLiteral("#AABBCC"));
    CHECK(store->code(joy)->color == QStringLiteral("#aabbcc"));
    CHECK(errorOf([&] { store->setCodeColor(joy, QStringLiteral("red")); }).contains(QStringLiteral("#RRGGBB")));
}

TEST_CASE("store: move codes, never below themselves")
{
    auto store = newStore();
    const Id a = store->codeByPath(QStringLiteral("A"), true)->id;
    const Id c = store->codeByPath(QStringLiteral("A/B/C"), true)->id;
    const Id x = store->codeByPath(QStringLiteral("X"), true)->id;
    CHECK(errorOf([&] { store->moveCode(a, c); }).contains(QStringLiteral("cannot move below itself")));
    CHECK(errorOf([&] { store->moveCode(a, a); }).contains(QStringLiteral("cannot move below itself")));
    CHECK(codePaths(*store) == QStringList{QStringLiteral("A"), QStringLiteral("A/B"), QStringLiteral("A/B/C"), QStringLiteral("X")});
    store->moveCode(c, x);
    CHECK(store->code(c)->path == QStringLiteral("X/C"));
    store->moveCode(x, a, 0);
    CHECK(codePaths(*store) == QStringList{QStringLiteral("A"), QStringLiteral("A/X"), QStringLiteral("A/X/C"), QStringLiteral("A/B")});
    store->moveCode(x, 0);
    CHECK(store->code(x)->parent == 0);
    store->codeByPath(QStringLiteral("A/C"), true);
    CHECK(errorOf([&] { store->moveCode(c, a); }).contains(QStringLiteral("exists already")));
    CHECK(errorOf([&] { store->moveCode(c, 4242); }).contains(QStringLiteral("No parent code")));
}

TEST_CASE("store: merging a code moves its codings, children, theme links and memos")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("0123456789"));
    const Id ann = store->ensureCoder(QStringLiteral("Ann"));
    const Id from = store->codeByPath(QStringLiteral("Old"), true)->id;
    const Id child = store->codeByPath(QStringLiteral("Old/Child"), true)->id;
    const Id into = store->codeByPath(QStringLiteral("New"), true)->id;
    Coding same = makeCoding(source, {0, 3}, from, ann);
    Coding unique = makeCoding(source, {4, 6}, from, ann);
    Coding existing = makeCoding(source, {0, 3}, into, ann);
    store->addCoding(same);
    store->addCoding(unique);
    store->addCoding(existing);
    Theme theme;
    theme.name = QStringLiteral("T");
    theme.codes = {from};
    store->addTheme(theme);
    Memo memo;
    memo.target = MemoTarget::Code;
    memo.targetId = from;
    memo.text = QStringLiteral("about Old");
    store->addMemo(memo);

    CHECK(errorOf([&] { store->mergeCode(from, child); }).contains(QStringLiteral("own subcode")));
    CHECK(errorOf([&] { store->mergeCode(from, from); }).contains(QStringLiteral("itself")));

    store->mergeCode(from, into);
    CHECK_FALSE(store->code(from).has_value());
    CHECK(store->code(child)->path == QStringLiteral("New/Child"));
    const QList<Coding> codings = store->codings();
    CHECK(codings.size() == 2);  // the duplicate [0, 3) by Ann is kept once
    for (const Coding& c : codings)
        CHECK(c.code == into);
    CHECK(store->coding(unique.id)->code == into);
    CHECK(store->theme(theme.id)->codes == QList<Id>{into});
    CHECK(store->memosFor(MemoTarget::Code, into).size() == 1);
}

TEST_CASE("store: merging codes whose children share a name merges those children too")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("0123456789"));
    const Id ann = store->ensureCoder(QStringLiteral("Ann"));
    const Id fromJoy = store->codeByPath(QStringLiteral("Feelings/Joy"), true)->id;
    const Id intoJoy = store->codeByPath(QStringLiteral("Emotions/Joy"), true)->id;
    store->codeByPath(QStringLiteral("Feelings/Joy/Relief"), true);
    Coding c = makeCoding(source, {1, 2}, fromJoy, ann);
    store->addCoding(c);
    store->mergeCode(codeId(*store, QStringLiteral("Feelings")), codeId(*store, QStringLiteral("Emotions")));
    CHECK(codePaths(*store) == QStringList{QStringLiteral("Emotions"), QStringLiteral("Emotions/Joy"), QStringLiteral("Emotions/Joy/Relief")});
    CHECK(store->coding(c.id)->code == intoJoy);
}

TEST_CASE("store: removing a code removes its subcodes and their codings")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("0123456789"));
    const Id ann = store->ensureCoder(QStringLiteral("Ann"));
    const Id b = store->codeByPath(QStringLiteral("A/B"), true)->id;
    const Id keep = store->codeByPath(QStringLiteral("Keep"), true)->id;
    Coding c1 = makeCoding(source, {0, 2}, b, ann);
    Coding c2 = makeCoding(source, {0, 2}, keep, ann);
    store->addCoding(c1);
    store->addCoding(c2);
    store->removeCode(codeId(*store, QStringLiteral("A")));
    CHECK(codePaths(*store) == QStringList{QStringLiteral("Keep")});
    CHECK(store->codings().size() == 1);
    const QList<CodeCount> counts = store->codeCounts();
    REQUIRE(counts.size() == 1);
    CHECK(counts[0].code == keep);
    CHECK(counts[0].codings == 1);
}

TEST_CASE("store: themes nest, link codes and carry a status")
{
    auto store = newStore();
    const Id joy = store->codeByPath(QStringLiteral("Joy"), true)->id;
    const Id relief = store->codeByPath(QStringLiteral("Relief"), true)->id;
    Theme top;
    top.name = QStringLiteral("Recovery is relational");
    top.definition = QStringLiteral("How participants describe recovery through others.");
    store->addTheme(top);
    Theme sub;
    sub.name = QStringLiteral("Being believed");
    sub.parent = top.id;
    sub.codes = {relief};
    store->addTheme(sub);
    store->linkCode(sub.id, joy);
    store->linkCode(sub.id, joy);  // linking twice is harmless
    store->linkCode(top.id, joy);  // a code may belong to several themes

    const auto read = store->themeByPath(QStringLiteral("Recovery is relational/Being believed"));
    REQUIRE(read);
    CHECK(read->id == sub.id);
    CHECK(read->parent == top.id);
    CHECK(read->codes.size() == 2);
    CHECK(read->codes.contains(joy));
    CHECK(read->status == ThemeStatus::Candidate);
    CHECK(store->theme(top.id)->definition == top.definition);

    store->setThemeStatus(sub.id, ThemeStatus::Reviewed);
    store->setThemeDefinition(sub.id, QStringLiteral("Defined."));
    store->unlinkCode(sub.id, relief);
    CHECK(store->theme(sub.id)->status == ThemeStatus::Reviewed);
    CHECK(store->theme(sub.id)->definition == QStringLiteral("Defined."));
    CHECK(store->theme(sub.id)->codes == QList<Id>{joy});

    CHECK(errorOf([&] { store->moveTheme(top.id, sub.id); }).contains(QStringLiteral("below itself")));
    CHECK(errorOf([&] { store->moveTheme(top.id, top.id); }).contains(QStringLiteral("below itself")));
    Theme dup;
    dup.name = QStringLiteral("Being believed");
    dup.parent = top.id;
    CHECK(errorOf([&] { store->addTheme(dup); }).contains(QStringLiteral("exists already")));
    CHECK(errorOf([&] { store->linkCode(sub.id, 777); }).contains(QStringLiteral("No code")));

    store->moveTheme(sub.id, 0);
    CHECK(store->theme(sub.id)->path == QStringLiteral("Being believed"));
    store->renameTheme(sub.id, QStringLiteral("Believed"));
    CHECK(store->themeByPath(QStringLiteral("Believed")).has_value());
    store->removeTheme(top.id);
    CHECK(store->themes().size() == 1);
}

TEST_CASE("store: themes and links to missing entities are refused clearly")
{
    auto store = newStore();
    const Id code = store->codeByPath(QStringLiteral("C"), true)->id;
    Theme theme;
    theme.name = QStringLiteral("T");
    store->addTheme(theme);
    CHECK(errorOf([&] { store->moveTheme(theme.id, 4242); }).contains(QStringLiteral("No parent theme")));
    CHECK(errorOf([&] { store->linkCode(4242, code); }).contains(QStringLiteral("No theme")));
    CHECK(store->theme(theme.id)->parent == 0);
}
