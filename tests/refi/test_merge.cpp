// Two analysts code copies of one project blind; merging gives what coding in one project gives.
#include "agreement/projectagreement.h"
#include "exchange/projectmerger.h"
#include "fixture.h"
#include "refi/refiexport.h"
#include "refi/refiimport.h"
#include "shared.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <doctest/doctest.h>

using namespace thema;

namespace {

QString tmp(const QString& name)
{
    static const QString dir = test::tempDir();
    return QDir(dir).filePath(name);
}

/** A base project: two sources, a codebook, no codings. */
void buildBase(const QString& path)
{
    auto store = ProjectStore::create(path);
    Source a;
    a.name = QStringLiteral("A");
    store->addSource(a, QStringLiteral("We waited months. Then a peer worker called me, and it was different. She knew."));
    Source b;
    b.name = QStringLiteral("B");
    store->addSource(b, QStringLiteral("Staff were wary at first. Later the team relied on her judgement about risk."));
    store->codeByPath(QStringLiteral("Access/Waiting"), true);
    store->codeByPath(QStringLiteral("Relationship"), true);
    store->codeByPath(QStringLiteral("Team/Risk"), true);
}

struct Plan {
    QString coder, source, code;
    Span span;
};

const QList<Plan> kCodings = {
    {QStringLiteral("Alice"), QStringLiteral("A"), QStringLiteral("Access/Waiting"), {0, 17}},
    {QStringLiteral("Alice"), QStringLiteral("A"), QStringLiteral("Relationship"), {18, 67}},
    {QStringLiteral("Alice"), QStringLiteral("B"), QStringLiteral("Team/Risk"), {26, 76}},
    {QStringLiteral("Bob"), QStringLiteral("A"), QStringLiteral("Access/Waiting"), {0, 16}},
    {QStringLiteral("Bob"), QStringLiteral("A"), QStringLiteral("Relationship"), {23, 70}},
    {QStringLiteral("Bob"), QStringLiteral("B"), QStringLiteral("Relationship"), {0, 25}},
    {QStringLiteral("Bob"), QStringLiteral("B"), QStringLiteral("Team/Risk"), {40, 76}},
};

void code(ProjectStore& store, const QString& coder)
{
    const Id coderId = store.ensureCoder(coder);
    for (const Plan& p : kCodings) {
        if (p.coder != coder)
            continue;
        Coding c;
        c.source = store.sourceByName(p.source)->id;
        c.code = store.codeByPath(p.code)->id;
        c.coder = coderId;
        c.span = p.span;
        store.addCoding(c);
    }
}

QJsonObject pooled(const ProjectStore& store)
{
    agreement::AgreementRequest request;
    request.coders = {store.coderByName(QStringLiteral("Alice"))->id, store.coderByName(QStringLiteral("Bob"))->id};
    return agreement::projectAgreement(store, request).result.pooled;
}

QStringList codingKeys(const ProjectStore& store)
{
    QStringList keys;
    for (const Coding& c : store.codings())
        keys.append(QStringLiteral("%1 %2 %3-%4 %5").arg(store.coder(c.coder)->name, store.source(c.source)->guid)
                        .arg(c.span.start).arg(c.span.end).arg(store.code(c.code)->path));
    keys.sort();
    return keys;
}

}  // namespace

TEST_CASE("two analysts' blind copies merged give the agreement of one project coded by both")
{
    buildBase(tmp(QStringLiteral("base.thema")));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base.thema")), tmp(QStringLiteral("alice.thema"))));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base.thema")), tmp(QStringLiteral("bob.thema"))));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base.thema")), tmp(QStringLiteral("together.thema"))));
    auto alice = ProjectStore::open(tmp(QStringLiteral("alice.thema")));
    auto bob = ProjectStore::open(tmp(QStringLiteral("bob.thema")));
    auto together = ProjectStore::open(tmp(QStringLiteral("together.thema")));
    code(*alice, QStringLiteral("Alice"));
    code(*bob, QStringLiteral("Bob"));
    code(*together, QStringLiteral("Alice"));
    code(*together, QStringLiteral("Bob"));

    const ExchangeReport report = ProjectMerger(*alice, *bob).merge();
    INFO(report.toText().toStdString());
    CHECK(report.refused.isEmpty());
    CHECK(report.matched.contains(QStringLiteral("Sources: 2 by GUID")));
    CHECK(report.matched.contains(QStringLiteral("Codes: 5 by GUID")));
    CHECK(report.imported.contains(QStringLiteral("Codings: 4 added")));
    CHECK(alice->sources().size() == 2);
    CHECK(alice->codes().size() == 5);
    CHECK(codingKeys(*alice) == codingKeys(*together));
    const QJsonObject merged = pooled(*alice), single = pooled(*together);
    INFO(QJsonDocument(merged).toJson().toStdString());
    CHECK(!merged.isEmpty());
    CHECK(merged == single);

    // Merging again changes nothing: everything matches by GUID.
    const ExchangeReport again = ProjectMerger(*alice, *bob).merge();
    CHECK(again.imported.isEmpty());
    CHECK(codingKeys(*alice) == codingKeys(*together));
}

TEST_CASE("merging Bob's work as a .qdpx gives the same as merging his .thema")
{
    buildBase(tmp(QStringLiteral("base2.thema")));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base2.thema")), tmp(QStringLiteral("alice2.thema"))));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base2.thema")), tmp(QStringLiteral("bob2.thema"))));
    auto alice = ProjectStore::open(tmp(QStringLiteral("alice2.thema")));
    auto bob = ProjectStore::open(tmp(QStringLiteral("bob2.thema")));
    code(*alice, QStringLiteral("Alice"));
    code(*bob, QStringLiteral("Bob"));
    refi::writeProject(*bob, tmp(QStringLiteral("bob2.qdpx")));
    const ExchangeReport report = refi::importInto(*alice, tmp(QStringLiteral("bob2.qdpx")));
    INFO(report.toText().toStdString());
    CHECK(report.refused.isEmpty());
    CHECK(alice->codings().size() == kCodings.size());
    CHECK(alice->sources().size() == 2);
}

TEST_CASE("codings on a source whose text differs are refused, by name, and nothing else is lost")
{
    buildBase(tmp(QStringLiteral("base3.thema")));
    REQUIRE(QFile::copy(tmp(QStringLiteral("base3.thema")), tmp(QStringLiteral("mine.thema"))));
    auto mine = ProjectStore::open(tmp(QStringLiteral("mine.thema")));
    const auto base = ProjectStore::open(tmp(QStringLiteral("base3.thema")));
    // Theirs: the same GUIDs, but source A's text was edited before coding.
    auto theirs = ProjectStore::create(tmp(QStringLiteral("theirs.thema")));
    for (const Source& s : base->sources()) {
        Source copy = s;
        copy.id = 0;
        QString text = base->sourceText(s.id);
        if (s.name == QLatin1String("A"))
            text.replace(QStringLiteral("months"), QStringLiteral("weeks"));
        theirs->addSource(copy, text);
    }
    for (const Code& c : base->codes())
        theirs->codeByPath(c.path, true);
    code(*theirs, QStringLiteral("Bob"));
    const ExchangeReport report = ProjectMerger(*mine, *theirs).merge();
    INFO(report.toText().toStdString());
    REQUIRE(report.refused.size() == 1);
    CHECK(report.refused.first().startsWith(QStringLiteral("2 codings on \"A\"")));
    CHECK(mine->codings().size() == 2);  // Bob's two codings on B
    CHECK(report.matched.contains(QStringLiteral("Codes: 0 by GUID, 5 by path")));
}
