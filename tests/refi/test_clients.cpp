// What real clients read and write: one selection per coder, UTF-16 positions, Descriptions as memos, case codes.
#include "exchange/refiformat.h"
#include "fixture.h"
#include "refi/refiexport.h"
#include "refi/refiimport.h"
#include "refi/verbatimturns.h"
#include "shared.h"
#include "store/projectstore.h"
#include "zipwriter.h"

#include <QDir>
#include <QSet>

#include <pugixml.hpp>

#include <doctest/doctest.h>

using namespace thema;

namespace {

QString tmp(const QString& name)
{
    static const QString dir = test::tempDir();
    return QDir(dir).filePath(name);
}

struct SelectionView {
    QString user;
    qint64 start, end;
    int codings;
    QString description;
};

/** The selections of the TextSource named @p source, with their creatingUser's name; @p origin gets the origin. */
QList<SelectionView> selectionsOf(const QString& qdpx, const QString& source, QString* origin)
{
    const QByteArray xml = test::unzip(qdpx).value(QStringLiteral("project.qde"));
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(xml.constData(), size_t(xml.size())));
    const pugi::xml_node project = doc.child("Project");
    *origin = QString::fromUtf8(project.attribute("origin").value());
    QHash<QString, QString> users;
    for (const pugi::xml_node u : project.child("Users").children("User"))
        users.insert(QString::fromUtf8(u.attribute("guid").value()), QString::fromUtf8(u.attribute("name").value()));
    QList<SelectionView> out;
    const pugi::xml_node s = project.child("Sources").find_child_by_attribute("TextSource", "name", source.toUtf8().constData());
    for (const pugi::xml_node sel : s.children("PlainTextSelection"))
        out.append({users.value(QString::fromUtf8(sel.attribute("creatingUser").value())), sel.attribute("startPosition").as_llong(),
                    sel.attribute("endPosition").as_llong(), int(std::distance(sel.children("Coding").begin(), sel.children("Coding").end())),
                    QString::fromUtf8(sel.child_value("Description"))});
    return out;
}

}  // namespace

TEST_CASE("each coder's codings of a span are a selection of their own; positions UTF-16 by default, code points on request")
{
    const auto store = test::buildExchangeFixture(tmp(QStringLiteral("clients.thema")));
    refi::writeProject(*store, tmp(QStringLiteral("utf16.qdpx")));
    QString origin;
    // "P1: Honestly 😀 it was the café…": the emoji at code point 54 is two UTF-16 units.
    const QList<SelectionView> u16 = selectionsOf(tmp(QStringLiteral("utf16.qdpx")), QStringLiteral("Interview P1"), &origin);
    CHECK(origin == QStringLiteral("Thema (positions: UTF-16 code units)"));
    REQUIRE(u16.size() == 6);  // 4 codings on 3 spans, 2 of them by two coders; a memo on a passage; the case link
    CHECK((u16[0].user == QStringLiteral("Alice") && u16[0].start == 45 && u16[0].end == 73 && u16[0].codings == 1));
    CHECK((u16[1].user == QStringLiteral("Bob") && u16[1].start == 45 && u16[1].end == 73 && u16[1].codings == 1));
    CHECK((u16[2].user == QStringLiteral("Alice") && u16[2].start == 68 && u16[2].end == 73));
    CHECK(u16[2].description == QStringLiteral("The café is neutral ground."));
    CHECK((u16[3].user == QStringLiteral("Bob") && u16[3].start == 88 && u16[3].end == 113));
    CHECK((u16[5].start == 0 && u16[5].end == 0 && u16[5].codings == 1));  // the participant's case code

    refi::writeProject(*store, tmp(QStringLiteral("cp.qdpx")), refi::PositionUnit::CodePoints);
    const QList<SelectionView> cp = selectionsOf(tmp(QStringLiteral("cp.qdpx")), QStringLiteral("Interview P1"), &origin);
    CHECK(origin == QStringLiteral("Thema (positions: code points)"));
    REQUIRE(cp.size() == 6);
    CHECK((cp[0].start == 45 && cp[0].end == 72 && cp[2].start == 67 && cp[3].end == 112));

    // Both come back to the same code points.
    for (const char* name : {"utf16.qdpx", "cp.qdpx"}) {
        auto copy = ProjectStore::create(tmp(QString::fromLatin1(name) + QStringLiteral(".thema")));
        refi::importInto(*copy, tmp(QString::fromLatin1(name)));
        QSet<std::pair<qint64, qint64>> spans;
        for (const Coding& c : copy->codings())
            spans.insert({c.span.start, c.span.end});
        CHECK(spans == QSet<std::pair<qint64, qint64>>{{45, 72}, {67, 72}, {87, 112}});
    }
}

TEST_CASE("a file as QualCoder writes it: memos in Descriptions, a case code, a text Interviewer variable, an idle user")
{
    const QByteArray text = "Interviewer: How are you?\nP1: Hopeful, really.\n";
    const QByteArray qde =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"qc\" origin=\"3.6\">"
        "<Users><User guid=\"aaaaaaaa-0000-0000-0000-000000000001\" name=\"Ann\"/>"
        "<User guid=\"aaaaaaaa-0000-0000-0000-000000000002\" name=\"default\"/></Users>"
        "<CodeBook><Codes><Code guid=\"bbbbbbbb-0000-0000-0000-000000000001\" name=\"Hope\" isCodable=\"true\">"
        "<Description>Looking forward.\n\nMemo \u201cCheck\u201d: Compare with P2.</Description></Code>"
        "<Code guid=\"cccccccc-0000-0000-0000-000000000001\" name=\"P1\" isCodable=\"true\"/></Codes></CodeBook>"
        "<Variables><Variable guid=\"eeeeeeee-0000-0000-0000-000000000001\" name=\"Interviewer\" typeOfVariable=\"Text\"/></Variables>"
        "<Cases><Case guid=\"cccccccc-0000-0000-0000-000000000001\" name=\"P1\"><Description/></Case>"
        "<Case guid=\"cccccccc-0000-0000-0000-000000000002\" name=\"Interviewer\"><Description/><VariableValue>"
        "<VariableRef targetGUID=\"eeeeeeee-0000-0000-0000-000000000001\"/><TextValue>true</TextValue></VariableValue></Case></Cases>"
        "<Sources><TextSource guid=\"dddddddd-0000-0000-0000-000000000001\" name=\"T\" plainTextPath=\"internal://t.txt\" "
        "creatingUser=\"aaaaaaaa-0000-0000-0000-000000000002\"><Description>About this interview.</Description>"
        "<PlainTextSelection guid=\"ffffffff-0000-0000-0000-000000000001\" startPosition=\"30\" endPosition=\"37\" "
        "creatingUser=\"aaaaaaaa-0000-0000-0000-000000000001\"><Description>A coding memo</Description>"
        "<Coding guid=\"ffffffff-0000-0000-0000-000000000002\" creatingUser=\"aaaaaaaa-0000-0000-0000-000000000001\">"
        "<CodeRef targetGUID=\"bbbbbbbb-0000-0000-0000-000000000001\"/></Coding></PlainTextSelection>"
        "<PlainTextSelection guid=\"ffffffff-0000-0000-0000-000000000003\" startPosition=\"0\" endPosition=\"0\">"
        "<Coding guid=\"ffffffff-0000-0000-0000-000000000004\"><CodeRef targetGUID=\"cccccccc-0000-0000-0000-000000000001\"/></Coding>"
        "</PlainTextSelection></TextSource></Sources>"
        "<Notes><Note guid=\"99999999-0000-0000-0000-000000000001\" name=\"Journal\" plainTextPath=\"internal://n.txt\"><Description/></Note></Notes>"
        "</Project>";
    ZipWriter zip(tmp(QStringLiteral("qc.qdpx")));
    zip.add(QStringLiteral("project.qde"), qde);
    zip.add(QStringLiteral("sources/t.txt"), "\xEF\xBB\xBF" + text);
    zip.add(QStringLiteral("sources/n.txt"), "Day one.");
    zip.commit();
    auto store = ProjectStore::create(tmp(QStringLiteral("qc.thema")));
    const ExchangeReport report = refi::importInto(*store, tmp(QStringLiteral("qc.qdpx")));
    INFO(report.toText().toStdString());

    REQUIRE(store->coders().size() == 1);
    CHECK(store->coders().first().name == QStringLiteral("Ann"));
    REQUIRE(store->codes().size() == 1);  // the case's code is a case link, not a code
    CHECK(store->codes().first().description.definition == QStringLiteral("Looking forward."));
    REQUIRE(store->codings().size() == 1);
    CHECK(store->codings().first().memo == QStringLiteral("A coding memo"));
    CHECK(store->codings().first().span == Span{30, 37});
    const auto p1 = store->participantByName(QStringLiteral("P1"));
    REQUIRE(p1);
    CHECK(store->sourceByName(QStringLiteral("T"))->participant == p1->id);
    const auto interviewer = store->participantByName(QStringLiteral("Interviewer"));
    REQUIRE(interviewer);
    CHECK(interviewer->interviewer);
    CHECK(interviewer->attributes.isEmpty());
    QStringList memos;
    for (const Memo& m : store->memos())
        if (m.title != report.title)
            memos.append(memoTargetName(m.target) + QLatin1Char('|') + m.title + QLatin1Char('|') + m.text);
    memos.sort();
    CHECK(memos == QStringList{QStringLiteral("code|Check|Compare with P2."), QStringLiteral("project|Journal|Day one."),
                               QStringLiteral("source|Source memo|About this interview.")});
}

TEST_CASE("a heading or a question with a colon is no speaker; a label said once in a long transcript is suspect")
{
    QString text;
    for (int i = 0; i < 11; ++i)
        text += QStringLiteral("Interviewer: Question %1?\nP1: Answer %1.\n").arg(i);
    text += QStringLiteral("Naïve question from me: why then?\nClosing: thanks.\nDr van der Berg (P2): One more.\nDr van der Berg (P2): Two.\n");
    QSet<QString> speakers;
    for (const DraftTurn& t : verbatimTurns(text))
        speakers.insert(t.speaker);
    CHECK(speakers == QSet<QString>{QStringLiteral("Interviewer"), QStringLiteral("P1"), QStringLiteral("Dr van der Berg (P2)")});

    // In a short exchange someone who speaks once is still a speaker.
    speakers.clear();
    for (const DraftTurn& t : verbatimTurns(QStringLiteral("Sam: Hi.\nAlex: Hello.\nSam: Bye.\n")))
        speakers.insert(t.speaker);
    CHECK(speakers == QSet<QString>{QStringLiteral("Sam"), QStringLiteral("Alex")});
}
