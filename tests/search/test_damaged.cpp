// A damaged search index is reported as damaged and rebuilt, never used as if it were up to date.
#include "importservice.h"
#include "plaintextimporter.h"
#include "core/search/searchindex.h"
#include "shared.h"
#include "store/projectstore.h"

#include <doctest/doctest.h>

#include <QDir>
#include <QFile>

using namespace thema;

TEST_CASE("a damaged index says so, and update and search rebuild it")
{
    const QString path = QDir(test::tempDir()).filePath(QStringLiteral("damaged.thema"));
    auto store = ProjectStore::create(path);
    QString text;
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Paragraph %1 talks about listening and open source.\n\n").arg(i);
    ImportOptions o;
    SourceDraft draft = PlainTextImporter::readText(text, false, o);
    draft.name = QStringLiteral("long");
    ImportService(*store).write(draft);
    SearchIndex index(path);
    REQUIRE(index.update(*store).current);
    CHECK_FALSE(index.status(*store, true).damaged);

    // Overwrite every block after the first of the posting table with garbage.
    QFile postlist(index.path() + QStringLiteral("/postlist.glass"));
    REQUIRE(postlist.open(QIODevice::ReadWrite));
    const qint64 size = postlist.size();
    REQUIRE(size > 8192);
    postlist.seek(8192);
    postlist.write(QByteArray(int(size - 8192), '\x5a'));
    postlist.close();

    const IndexStatus st = SearchIndex(path).status(*store, true);
    CHECK(st.damaged);
    CHECK_FALSE(st.current);
    CHECK_FALSE(st.problem.isEmpty());

    SearchIndex again(path);
    const IndexStatus rebuilt = again.update(*store);
    CHECK(rebuilt.current);
    CHECK_FALSE(again.status(*store, true).damaged);
    SearchOptions all;
    all.limit = 0;
    CHECK(again.search(*store, QStringLiteral("listening"), all).total == 400);

    // Damage found by a search: rebuilt, and the query answered.
    QFile post2(index.path() + QStringLiteral("/postlist.glass"));
    REQUIRE(post2.open(QIODevice::ReadWrite));
    post2.seek(8192);
    post2.write(QByteArray(int(post2.size() - 8192), '\x5a'));
    post2.close();
    SearchIndex third(path);
    CHECK(third.search(*store, QStringLiteral("listening"), all).total == 400);
    CHECK_FALSE(third.status(*store, true).damaged);
}
