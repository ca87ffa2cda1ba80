#include "searchfixture.h"

#include "plaintextimporter.h"
#include "model/error.h"
#include "text/decoder.h"

#include <doctest/doctest.h>

#include <QFile>

using namespace thema;
using namespace thema::test;

TEST_CASE("the index is built when missing, knows when it is stale, and updates only what changed" * THEMA_NEEDS_SHARED)
{
    SearchProject p({QStringLiteral("corpus/txt/changelog_gotime-100_4speakers.md")});
    CHECK_FALSE(p.index->status(*p.store).exists);
    CHECK_THROWS_AS(p.search(QStringLiteral("go")), Error);

    std::vector<std::pair<int, int>> progress;
    IndexStatus st = p.index->update(*p.store, [&](int done, int total) { progress.push_back({done, total}); });
    CHECK(st.current);
    CHECK(st.documents == p.store->allTurns().size());
    CHECK(progress == std::vector<std::pair<int, int>>{{1, 1}});
    const qint64 before = p.search(QStringLiteral("listen"), SearchProject::all()).total;

    // A new import: one stale source; the update indexes only it.
    p.import(QStringLiteral("corpus/scale/changelog/backstage__backstage-24.md"));
    st = p.index->status(*p.store);
    CHECK_FALSE(st.current);
    CHECK(st.staleSources == 1);
    progress.clear();
    st = p.index->update(*p.store, [&](int done, int total) { progress.push_back({done, total}); });
    CHECK(progress.size() == 1);
    CHECK(st.current);
    CHECK(st.documents == p.store->allTurns().size());
    CHECK(p.search(QStringLiteral("listen"), SearchProject::all()).total > before);

    // A removed source leaves the index.
    p.store->removeSource(p.store->sourceByName(QStringLiteral("backstage__backstage-24"))->id);
    CHECK(p.index->status(*p.store).removedSources == 1);
    st = p.index->update(*p.store);
    CHECK(st.current);
    CHECK(p.search(QStringLiteral("listen"), SearchProject::all()).total == before);

    // A cancelled update keeps the index consistent: nothing half-done, and a later update finishes the work.
    std::atomic_bool cancel = true;
    st = p.index->rebuild(*p.store, {}, &cancel);
    CHECK_FALSE(st.current);
    CHECK(st.documents == 0);
    st = p.index->update(*p.store);
    CHECK(st.current);
    CHECK(p.search(QStringLiteral("listen"), SearchProject::all()).total == before);

    // Another project's index in this place is rebuilt, not trusted.
    auto other = ProjectStore::create(QDir(tempDir()).filePath(QStringLiteral("q.thema")));
    CHECK_FALSE(SearchIndex(other->path()).status(*other).exists);
    CHECK(SearchIndex(p.path).status(*other).current == false);
}

TEST_CASE("Finnish is stemmed as Finnish; Japanese is found by characters" * THEMA_NEEDS_SHARED)
{
    SearchProject p({}, QStringLiteral("fi"));
    p.import(QStringLiteral("corpus/txt/DERIVED_parlamint-fi_2015-05-22-ps7_excerpt_fi.txt"), QStringLiteral("fi"));
    // The Japanese captions, read as plain text: Japanese has no spaces between words.
    QFile ja(sharedPath(QStringLiteral("corpus/vtt/elephantsdream_captions_ja.vtt")));
    REQUIRE(ja.open(QIODevice::ReadOnly));
    ImportOptions jaOptions;
    jaOptions.language = QStringLiteral("ja");
    jaOptions.name = QStringLiteral("ja");
    SourceDraft draft = PlainTextImporter::readText(decodeText(ja.readAll(), ja.fileName()).text, false, jaOptions);
    draft.originalFile = ja.fileName();
    draft.name = QStringLiteral("ja");
    ImportService(*p.store).write(draft);
    p.index->update(*p.store);

    SearchOptions fi = SearchProject::all();
    fi.language = QStringLiteral("fi");
    const SearchResult r = p.search(QStringLiteral("eduskunta"), fi);  // parliament: eduskunta, eduskunnan, eduskunnassa
    QSet<QString> forms;
    for (const SearchHit& h : r.hits)
        forms.insert(h.kwic.match.toLower());
    CHECK(forms.size() == 3);
    for (const QString& f : forms)
        CHECK(f.startsWith(QStringLiteral("eduskun")));

    const QString jaText = p.store->sourceText(p.store->sourceByName(QStringLiteral("ja"))->id);
    const QRegularExpression kanji(QStringLiteral("[\\x{4E00}-\\x{9FFF}\\x{3040}-\\x{30FF}]{3}"));
    const auto m = kanji.match(jaText);
    REQUIRE(m.hasMatch());
    const SearchResult jr = p.search(m.captured(), SearchProject::all());
    CHECK(jr.total == jaText.count(m.captured()));
    for (const SearchHit& h : jr.hits)
        CHECK(h.kwic.match == m.captured());
}

TEST_CASE("an index written on both cores holds every turn once; a cancelled build keeps whole sources" * THEMA_NEEDS_SHARED)
{
    const QString dir = QStringLiteral("corpus/scale/changelog/");
    SearchProject p({dir + QStringLiteral("afk__away-from-keyboard-1.md"), dir + QStringLiteral("backstage__backstage-11.md"),
                     dir + QStringLiteral("backstage__backstage-24.md"), dir + QStringLiteral("bigtent__big-tent-s1e4.md")});
    const qint64 turns = p.store->allTurns().size();
    const QString side = p.index->path() + QStringLiteral(".side");
    // "design", "designer", "designed" (one stem): 12 in these files by grep -oiw, in 9 turns; 4 of them in bigtent.
    auto check = [&](const char* when) {
        INFO(when);
        const SearchResult r = p.search(QStringLiteral("design"), SearchProject::all());
        CHECK(r.total == 12);
        CHECK(r.turns == 9);
        CHECK(p.search(QStringLiteral("design source:bigtent__big-tent-s1e4"), SearchProject::all()).total == 4);
        CHECK_FALSE(QFileInfo::exists(side));
    };

    // A new index: every source is new, so the later half is written into a second database and merged.
    IndexStatus st = p.index->update(*p.store);
    CHECK(st.current);
    CHECK(st.documents == turns);
    check("a fresh build");

    // Half the sources change: those written on the second core lose their old documents from the first.
    p.store->renameSource(p.store->sourceByName(QStringLiteral("backstage__backstage-24"))->id, QStringLiteral("b24"));
    p.store->renameSource(p.store->sourceByName(QStringLiteral("bigtent__big-tent-s1e4"))->id, QStringLiteral("bt"));
    CHECK(p.index->status(*p.store).staleSources == 2);
    st = p.index->update(*p.store);
    CHECK(st.current);
    CHECK(st.documents == turns);  // no turn twice
    CHECK(p.search(QStringLiteral("design source:bigtent__big-tent-s1e4"), SearchProject::all()).total == 0);
    CHECK(p.search(QStringLiteral("design source:bt"), SearchProject::all()).total == 4);
    p.store->renameSource(p.store->sourceByName(QStringLiteral("b24"))->id, QStringLiteral("backstage__backstage-24"));
    p.store->renameSource(p.store->sourceByName(QStringLiteral("bt"))->id, QStringLiteral("bigtent__big-tent-s1e4"));
    st = p.index->update(*p.store);
    CHECK(st.documents == turns);
    check("after a change to half the sources");

    // Cancelled once the first source is written: what is written is whole, the rest stale, and an update ends it.
    std::atomic_bool cancel = false;
    st = p.index->rebuild(*p.store, [&](int done, int) { cancel = cancel || done >= 1; }, &cancel);
    CHECK_FALSE(st.current);
    CHECK(st.staleSources >= 1);
    CHECK(st.staleSources <= 3);
    CHECK(st.documents < turns);
    qint64 written = 0;
    for (const Source& s : p.store->sources())
        if (p.search(QStringLiteral("source:%1").arg(s.name), SearchProject::all()).turns > 0)
            written += p.store->turns(s.id).size();
    CHECK(written == st.documents);
    st = p.index->update(*p.store);
    CHECK(st.current);
    CHECK(st.documents == turns);
    check("after a cancelled build");
}
