// Damaged copies of every real file in ../shared/corpus go to the importer the registry picks for them (and the
// originals to every importer): an importer may refuse input only with thema::Error; anything else, a crash or an
// exception of another type, fails. What an importer accepts must still be a well-formed draft.
// Run the binary of an ASan/UBSan build (THEMA_SANITIZE=ON) to catch memory errors, too.
#include "mutations.h"
#include "shared.h"

#include "importerregistry.h"
#include "model/error.h"

#include <doctest/doctest.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <exception>
#include <typeinfo>

using namespace thema;

namespace {

// Bytes of input per file; small files get up to 250 damaged copies, large ones at least 12.
constexpr qint64 kBudgetBytes = 2 * 1024 * 1024;

struct Outcome {
    int accepted = 0;
    int refused = 0;
};

QStringList corpusFiles()
{
    QStringList files;
    QDirIterator it(test::sharedPath(QStringLiteral("corpus")), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // scale/ repeats the Markdown transcripts of txt/ 149 times; benchmarks read it, not this suite.
        if (!path.contains(QLatin1String("/corpus/scale/")))
            files.append(path);
    }
    files.sort();
    return files;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A draft's turns lie inside its text, in order, and are not empty.
void checkDraft(const SourceDraft& d, const std::string& context)
{
    const qint64 length = d.text.toUcs4().size();
    qint64 previousEnd = 0;
    for (const DraftTurn& t : d.turns) {
        if (t.span.start < previousEnd || t.span.end <= t.span.start || t.span.end > length) {
            FAIL_CHECK(context << ": turn [" << t.span.start << ", " << t.span.end << ") outside the text (" << length
                               << ") or before the previous turn's end (" << previousEnd << ")");
            return;
        }
        previousEnd = t.span.end;
    }
}

// Reads as the registry does for a file, with the importer it picks; only Error may escape.
void importOnce(const Importer* importer, const QByteArray& bytes, const QString& name, const std::string& context, Outcome& outcome)
{
    try {
        const Importer& chosen = importer ? *importer : ImporterRegistry::instance().importerFor(bytes, name);
        const SourceDraft d = chosen.read(bytes, name, {});
        checkDraft(d, context);
        ++outcome.accepted;
    } catch (const Error& e) {
        if (e.message().isEmpty())
            FAIL_CHECK(context << ": an Error without a message");
        ++outcome.refused;
    } catch (const std::exception& e) {
        FAIL_CHECK(context << ": escaped as " << typeid(e).name() << ": " << e.what());
    } catch (...) {
        FAIL_CHECK(context << ": an exception that is not thema::Error escaped");
    }
}

}  // namespace

TEST_CASE("damaged corpus files are refused with thema::Error or imported, never crash" * THEMA_NEEDS_SHARED)
{
    const QStringList files = corpusFiles();
    REQUIRE(files.size() > 40);
    QElapsedTimer timer;
    timer.start();
    qint64 inputs = 0;
    for (const QString& path : files) {
        const QByteArray bytes = readAll(path);
        const QString name = QFileInfo(path).fileName();
        const quint32 seed = qFromLittleEndian<quint32>(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1).constData());
        const int flips = int(std::clamp<qint64>(kBudgetBytes / std::max<qint64>(1, bytes.size()), 12, 250));
        Outcome outcome;
        for (const test::Mutation& m : test::mutations(bytes, seed, flips)) {
            const std::string context = name.toStdString() + " (" + m.what.toStdString() + ")";
            importOnce(nullptr, m.bytes, name, context, outcome);
            ++inputs;
        }
        MESSAGE(name.toStdString() << ": " << outcome.accepted << " accepted, " << outcome.refused << " refused");
    }
    MESSAGE(inputs << " damaged inputs from " << files.size() << " files in " << timer.elapsed() << " ms");
}

TEST_CASE("every importer survives every corpus file, whatever its format" * THEMA_NEEDS_SHARED)
{
    const auto& registry = ImporterRegistry::instance();
    for (const QString& path : corpusFiles()) {
        const QByteArray bytes = readAll(path);
        const QString name = QFileInfo(path).fileName();
        for (const QString& format : registry.formats()) {
            Outcome outcome;
            importOnce(registry.byFormat(format), bytes, name, name.toStdString() + " as " + format.toStdString(), outcome);
        }
    }
}

TEST_CASE("the broken files of the corpus are refused or accepted, never crash" * THEMA_NEEDS_SHARED)
{
    // mammoth_empty.zip and the malformed RTF belong to the office importers; they must only not crash here.
    const QStringList names{QStringLiteral("mammoth_empty.zip"), QStringLiteral("pandoc_table_nested_malformed_itap.rtf")};
    for (const QString& name : names) {
        const QString path = test::sharedPath(QStringLiteral("corpus/broken/") + name);
        REQUIRE(QFile::exists(path));
        try {
            const SourceDraft d = ImporterRegistry::instance().readFile(path, {});
            checkDraft(d, name.toStdString());
            MESSAGE(name.toStdString() << ": imported, " << d.turns.size() << " turns");
        } catch (const Error& e) {
            CHECK(e.message().contains(name));
            MESSAGE(name.toStdString() << ": refused: " << e.message().toStdString());
        }
    }
}

TEST_CASE("mutations are reproducible and cover truncation and replacement")
{
    const QByteArray bytes("WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n");
    const auto a = test::mutations(bytes, 7, 20);
    const auto b = test::mutations(bytes, 7, 20);
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        CHECK(a[i].bytes == b[i].bytes);
    CHECK(a.first().bytes == QByteArray("W"));
    int changed = 0;
    for (const auto& m : a)
        changed += (m.bytes.size() == bytes.size() && m.bytes != bytes) ? 1 : 0;
    CHECK(changed >= 15);  // a replacement may rarely write the byte that was there
}
