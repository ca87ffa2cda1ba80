#include "storetest.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QRegularExpression>
#include <QSet>

using namespace thema;
using namespace thema::test;

namespace {

bool isGuid(const QString& guid)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(guid).hasMatch();
}

}  // namespace

TEST_CASE("store: sources, with duplicate names refused")
{
    auto store = newStore();
    const QString text = QStringLiteral("Hi 👨‍👩‍👧 e\u0301\n");
    Source s;
    s.name = QStringLiteral("P01 interview");
    s.format = QStringLiteral("txt");
    s.originalFile = QStringLiteral("p01.txt");
    const Id id = store->addSource(s, text);
    CHECK(id > 0);
    CHECK(s.id == id);
    const auto read = store->source(id);
    REQUIRE(read);
    CHECK(read->name == QStringLiteral("P01 interview"));
    CHECK(read->format == QStringLiteral("txt"));
    CHECK(read->originalFile == QStringLiteral("p01.txt"));
    CHECK(read->language == QStringLiteral("en"));
    CHECK(read->characters == 12);  // code points, not UTF-16 units (15)
    CHECK(read->checksum.size() == 64);
    CHECK(read->importedAt.isValid());
    CHECK(store->sourceText(id) == text);
    CHECK(store->sourceByName(QStringLiteral("P01 interview"))->id == id);
    CHECK(store->sourceByGuid(read->guid.toUpper())->id == id);

    Source dup;
    dup.name = QStringLiteral("P01 interview");
    CHECK(errorOf([&] { store->addSource(dup, QStringLiteral("other")); }).contains(QStringLiteral("exists already")));
    CHECK(store->sources().size() == 1);
    Source empty;
    empty.name = QStringLiteral("Empty");
    CHECK_FALSE(errorOf([&] { store->addSource(empty, QString()); }).isEmpty());
    Source unnamed;
    CHECK_FALSE(errorOf([&] { store->addSource(unnamed, QStringLiteral("x")); }).isEmpty());

    const Id other = addText(*store, QStringLiteral("P02"), QStringLiteral("text"));
    CHECK(errorOf([&] { store->renameSource(other, QStringLiteral("P01 interview")); }).contains(QStringLiteral("exists already")));
    store->renameSource(other, QStringLiteral("P02 interview"));
    CHECK(store->source(other)->name == QStringLiteral("P02 interview"));
    store->renameSource(id, QStringLiteral("P01 interview"));  // its own name again is fine
}

TEST_CASE("store: speaker turns")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("I: Hello?\nP: 😀 Hi.\n"));
    QList<Turn> turns(2);
    turns[0].span = {0, 9};
    turns[0].speaker = QStringLiteral("I");
    turns[0].beginMs = 0;
    turns[0].endMs = 1500;
    turns[1].span = {10, 18};
    turns[1].speaker = QStringLiteral("P");
    store->addTurns(source, turns);
    CHECK(turns[0].id > 0);
    const QList<Turn> read = store->turns(source);
    REQUIRE(read.size() == 2);
    CHECK(read[0].span == Span{0, 9});
    CHECK(read[0].speaker == QStringLiteral("I"));
    CHECK(read[0].endMs == 1500);
    CHECK_FALSE(read[1].beginMs.has_value());
    CHECK(TextOffsets::mid(store->sourceText(source), read[1].span.start, read[1].span.end) == QStringLiteral("P: 😀 Hi."));

    QList<Turn> bad(2);
    bad[0].span = {0, 3};
    bad[1].span = {5, 99};
    CHECK(errorOf([&] { store->addTurns(source, bad); }).contains(QStringLiteral("outside the source")));
    CHECK(store->turns(source).size() == 2);  // the whole batch was refused

    Participant p;
    p.name = QStringLiteral("P11");
    store->addParticipant(p);
    store->setTurnParticipant(source, QStringLiteral("P"), p.id);
    CHECK(store->turns(source)[1].participant == p.id);
    CHECK(store->turns(source)[0].participant == 0);
    CHECK(store->allTurns().size() == 2);
}

TEST_CASE("store: participants with attributes")
{
    auto store = newStore();
    Participant p;
    p.name = QStringLiteral("P11");
    p.attributes = {{QStringLiteral("role"), QStringLiteral("clinician")}, {QStringLiteral("site"), QStringLiteral("North")}};
    const Id id = store->addParticipant(p);
    auto read = store->participantByName(QStringLiteral("P11"));
    REQUIRE(read);
    CHECK(read->id == id);
    CHECK(read->attributes.value(QStringLiteral("role")) == QStringLiteral("clinician"));
    CHECK(read->attributes.size() == 2);
    store->setAttribute(id, QStringLiteral(" age band "), QStringLiteral("40-49"));
    store->setAttribute(id, QStringLiteral("role"), QStringLiteral("nurse"));
    store->removeAttribute(id, QStringLiteral("site"));
    read = store->participant(id);
    CHECK(read->attributes == QMap<QString, QString>{{QStringLiteral("age band"), QStringLiteral("40-49")},
                                                     {QStringLiteral("role"), QStringLiteral("nurse")}});
    CHECK_FALSE(errorOf([&] { store->setAttribute(id, QStringLiteral(" "), QStringLiteral("x")); }).isEmpty());

    Participant interviewer;
    interviewer.name = QStringLiteral("Interviewer");
    interviewer.interviewer = true;
    store->addParticipant(interviewer);
    CHECK(store->participantByName(QStringLiteral("Interviewer"))->interviewer);
    store->setInterviewer(interviewer.id, false);
    CHECK_FALSE(store->participant(interviewer.id)->interviewer);

    Participant dup;
    dup.name = QStringLiteral("P11");
    CHECK(errorOf([&] { store->addParticipant(dup); }).contains(QStringLiteral("exists already")));
    CHECK(errorOf([&] { store->renameParticipant(interviewer.id, QStringLiteral("P11")); }).contains(QStringLiteral("exists already")));
    store->renameParticipant(id, QStringLiteral("P12"));
    CHECK(store->participants().size() == 2);
    CHECK(store->participantByGuid(p.guid)->name == QStringLiteral("P12"));
}

TEST_CASE("store: coders")
{
    auto store = newStore();
    const Id ann = store->ensureCoder(QStringLiteral("Ann"));
    CHECK(store->ensureCoder(QStringLiteral("Ann")) == ann);
    const Id ben = store->ensureCoder(QStringLiteral("Ben"));
    CHECK(ben != ann);
    Coder consensus;
    consensus.name = QStringLiteral("Consensus");
    consensus.consensus = true;
    store->addCoder(consensus);
    const QList<Coder> coders = store->coders();
    REQUIRE(coders.size() == 3);
    CHECK(coders[0].name == QStringLiteral("Ann"));
    CHECK(coders[2].consensus);
    CHECK(coders[0].color != coders[1].color);
    Coder dup;
    dup.name = QStringLiteral("Ann");
    CHECK(errorOf([&] { store->addCoder(dup); }).contains(QStringLiteral("exists already")));
}

TEST_CASE("store: every entity has its own lowercase GUID")
{
    auto store = newStore();
    const Id source = addText(*store, QStringLiteral("S"), QStringLiteral("some text"));
    Participant p;
    p.name = QStringLiteral("P1");
    store->addParticipant(p);
    const Id coder = store->ensureCoder(QStringLiteral("Ann"));
    const Code code = *store->codeByPath(QStringLiteral("A/B"), true);
    Theme theme;
    theme.name = QStringLiteral("T");
    store->addTheme(theme);
    Coding coding;
    coding.source = source;
    coding.span = {0, 4};
    coding.code = code.id;
    coding.coder = coder;
    store->addCoding(coding);
    Memo memo;
    memo.text = QStringLiteral("note");
    store->addMemo(memo);

    const QStringList guids = {store->setting(QStringLiteral("guid")), store->source(source)->guid, store->participant(p.id)->guid,
                               store->coder(coder)->guid, store->codeByPath(QStringLiteral("A"))->guid, code.guid,
                               store->theme(theme.id)->guid, store->coding(coding.id)->guid, store->memos().first().guid};
    for (const QString& g : guids) {
        CAPTURE(g);
        CHECK(isGuid(g));
    }
    CHECK(QSet<QString>(guids.cbegin(), guids.cend()).size() == guids.size());

    // A GUID from another tool (REFI-QDA files use upper case) is kept, in lower case.
    Code imported;
    imported.name = QStringLiteral("Imported");
    imported.guid = QStringLiteral("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D");
    store->addCode(imported);
    CHECK(store->codeByGuid(QStringLiteral("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"))->guid
          == QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
}
