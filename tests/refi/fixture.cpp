#include "fixture.h"

#include "shared.h"
#include "ziparchive.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUuid>

namespace thema::test {

std::unique_ptr<ProjectStore> buildExchangeFixture(const QString& path)
{
    auto store = ProjectStore::create(path);
    const Id alice = store->ensureCoder(QStringLiteral("Alice"));
    const Id bob = store->ensureCoder(QStringLiteral("Bob"));

    Participant p1;
    p1.name = QStringLiteral("P1");
    p1.description = QStringLiteral("Community nurse");
    p1.attributes = {{QStringLiteral("role"), QStringLiteral("clinician")}, {QStringLiteral("site"), QStringLiteral("North")}};
    store->addParticipant(p1);
    Participant interviewer;
    interviewer.name = QStringLiteral("Interviewer");
    interviewer.interviewer = true;
    store->addParticipant(interviewer);

    // "e\u0301" is e + COMBINING ACUTE; U+1F600 is outside the BMP (two UTF-16 units).
    const QString text = QStringLiteral("Interviewer: How was the first meeting?\n\nP1: Honestly \U0001F600 it was the cafe\u0301 "
                                        "where we met. She got it, straight away.\nNothing else mattered.\n\nInterviewer: Thank you.");
    Source s;
    s.name = QStringLiteral("Interview P1");
    s.format = QStringLiteral("txt");
    s.participant = p1.id;
    store->addSource(s, text);
    Source s2;
    s2.name = QStringLiteral("Field notes");
    s2.format = QStringLiteral("txt");
    store->addSource(s2, QStringLiteral("Árvíztűrő tükörfúrógép: notes from the site visit.\nSecond line."));

    Code a;
    a.name = QStringLiteral("Feeling understood");
    a.color = QStringLiteral("#1f77b4");
    a.description = {QStringLiteral("Being met as a person."), QStringLiteral("When the speaker says they were believed."),
                     QStringLiteral("Not for formal assessments."), QStringLiteral("She got it, straight away.")};
    store->addCode(a);
    Code a1;
    a1.parent = a.id;
    a1.name = QStringLiteral("First meeting");
    a1.description.definition = QStringLiteral("The first contact.\n\nTwo paragraphs.");
    store->addCode(a1);
    Code b;
    b.name = QStringLiteral("Place");
    store->addCode(b);

    const auto code = [&](Id coder, Id codeId, qint64 start, qint64 end, const QString& memo = {}) {
        Coding c;
        c.source = s.id;
        c.span = {start, end};
        c.code = codeId;
        c.coder = coder;
        c.memo = memo;
        return store->addCoding(c);
    };
    // Code points: "P1: Honestly 😀 it was the café where we met." starts at 41.
    const Id first = code(alice, a1.id, 45, 72);
    code(bob, a1.id, 45, 72);
    code(alice, b.id, 67, 72, QStringLiteral("The café is neutral ground."));
    code(bob, a.id, 87, 112);

    Theme t1;
    t1.name = QStringLiteral("Being believed");
    t1.definition = QStringLiteral("Peers are believed because they have been there.");
    t1.status = ThemeStatus::Final;
    t1.codes = {a.id, b.id};
    store->addTheme(t1);
    Theme t1a;
    t1a.parent = t1.id;
    t1a.name = QStringLiteral("First impressions");
    t1a.status = ThemeStatus::Reviewed;
    t1a.codes = {a1.id};
    store->addTheme(t1a);
    Theme t2;
    t2.name = QStringLiteral("Unfinished");
    store->addTheme(t2);
    store->setExemplar(t1.id, first, true);

    const auto memo = [&](MemoTarget target, Id id, const QString& title, std::optional<Span> anchor = {}) {
        Memo m;
        m.target = target;
        m.targetId = id;
        m.title = title;
        m.text = title + QStringLiteral(": text with <markup> & \"quotes\"\nand a second line.");
        m.author = QStringLiteral("Alice");
        m.anchor = anchor;
        store->addMemo(m);
    };
    memo(MemoTarget::Project, 0, QStringLiteral("Reflexive note"));
    memo(MemoTarget::Source, s.id, QStringLiteral("About the interview"));
    memo(MemoTarget::Source, s.id, QStringLiteral("A passage"), Span{87, 112});
    memo(MemoTarget::Code, a.id, QStringLiteral("Code memo"));
    memo(MemoTarget::Theme, t1.id, QStringLiteral("Theme memo"));
    memo(MemoTarget::Participant, p1.id, QStringLiteral("Participant memo"));
    memo(MemoTarget::Coding, first, QStringLiteral("Coding memo"));
    return store;
}

QMap<QString, QByteArray> unzip(const QString& path)
{
    QMap<QString, QByteArray> out;
    const ZipArchive zip = ZipArchive::fromPath(path);
    for (const QString& e : zip.entries())
        if (!e.endsWith(QLatin1Char('/')))
            out.insert(e, zip.read(e));
    return out;
}

QString xmllint(const QString& schema, const QByteArray& xml, bool* valid)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (program.isEmpty())
        return {};
    const QString file = QDir(tempDir()).filePath(QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".xml"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(xml);
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
    p.waitForFinished(60000);
    *valid = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return QString::fromUtf8(p.readAll());
}

}  // namespace thema::test
