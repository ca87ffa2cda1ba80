// Real exports from NVivo, ATLAS.ti, MAXQDA, qc and Taguette (../shared/refi/samples) import, with a report.
#include "refi/refiimport.h"
#include "shared.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <QDir>
#include <QTextBoundaryFinder>

#include <doctest/doctest.h>

using namespace thema;

namespace {

struct Imported {
    std::unique_ptr<ProjectStore> store;
    ExchangeReport report;
};

Imported importSample(const QString& name)
{
    static const QString dir = test::tempDir();
    Imported out;
    out.store = ProjectStore::create(QDir(dir).filePath(name + QStringLiteral(".thema")));
    out.report = refi::importInto(*out.store, test::sharedPath(QStringLiteral("refi/samples/") + name));
    return out;
}

bool mentions(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString& l) { return l.contains(text); });
}

/** Word boundaries by Qt's own Unicode word-break rules (independent of the importer's check). */
bool atWordBoundary(const QString& text, qint64 utf16)
{
    if (utf16 <= 0 || utf16 >= text.size())
        return true;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(int(utf16));
    if (finder.isAtBoundary())
        return true;
    // A position next to a space or punctuation also separates words.
    return !text[utf16 - 1].isLetterOrNumber() || !text[utf16].isLetterOrNumber();
}

}  // namespace

TEST_CASE("NVivo 12.6 for Windows: 97 selections counted in UTF-16 with CRLF as two land on word boundaries" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("nvivo-win-12.6__oltas.qdpx"));
    INFO(r.report.toText().toStdString());
    CHECK(r.report.notImported.isEmpty());
    CHECK(r.store->coders().size() == 1);  // the file lists two users; one coded nothing, so is no coder
    CHECK(r.store->codes().size() == 60);
    REQUIRE(r.store->sources().size() == 1);
    const Source s = r.store->sources().first();
    CHECK(s.guid == QStringLiteral("56a79789-d535-4fb8-bedd-a915504c54ba"));
    const QString text = r.store->sourceText(s.id);
    CHECK(!text.contains(QLatin1Char('\r')));
    CHECK(!text.startsWith(QChar(0xFEFF)));
    const QList<Coding> codings = r.store->codings();
    CHECK(codings.size() == 97);
    const TextOffsets offsets(text);
    int onBoundaries = 0;
    for (const Coding& c : codings) {
        const bool ok = atWordBoundary(text, offsets.toUtf16(c.span.start)) && atWordBoundary(text, offsets.toUtf16(c.span.end));
        onBoundaries += ok ? 1 : 0;
        if (!ok)
            MESSAGE("off a word boundary: [" << c.span.start << ", " << c.span.end << ")");
    }
    CHECK(onBoundaries == 97);
    CHECK(mentions(r.report.notes, QStringLiteral("UTF-16 code units, CRLF counted as two")));
    // A nested code keeps its place and its description.
    CHECK(r.store->codeByGuid(QStringLiteral("ed6f8082-18a3-4e3d-9b2b-edd696703115"))->path ==
          QStringLiteral("2. Perceived Severity – Észlelt súlyosság/Betegség kockázatai/relativizálás, analógiák"));
}

TEST_CASE("ATLAS.ti 8.4 (specification Annex A): what Thema cannot hold is listed, Parent::child becomes hierarchy" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("atlasti-mac-8.4.0-specAnnexA__Project.qde"));
    INFO(r.report.toText().toStdString());
    for (const char* kind : {"PDF source", "Picture source", "Audio source", "Video source", "graph", "link",
                             "Set \"Mabel\"", "not in the file", "Set \"<3\": it is empty"})
        CHECK_MESSAGE(mentions(r.report.notImported, QString::fromUtf8(kind)), kind);
    const auto diet = r.store->codeByGuid(QStringLiteral("D299EFAE-5779-46DC-9827-A3D1A5D544BC"));
    REQUIRE(diet);
    CHECK(diet->path == QStringLiteral("Coke/diet Coke"));
    CHECK(diet->description.definition == QStringLiteral("non sucré"));
    CHECK(r.store->codeByPath(QStringLiteral("Coke"))->guid == QStringLiteral("7496ba52-9c8d-4396-8fab-cc438614e453"));
    CHECK(r.store->codes().size() == 14);
    CHECK(r.store->codeByPath(QStringLiteral("\"rushed\"")));
    CHECK(r.store->codeByGuid(QStringLiteral("85D17F60-7BB0-481E-B742-B4861DD669DF"))->color == QStringLiteral("#f00082"));
    // Code groups become candidate themes with their codes.
    const auto negative = r.store->themeByPath(QStringLiteral("negative feelings"));
    REQUIRE(negative);
    CHECK(negative->codes.size() == 4);
    CHECK(r.store->themes().size() == 4);
    CHECK(r.store->memos().size() == 3);  // two notes and the import report
}

TEST_CASE("ATLAS.ti 23 for Windows: uppercase GUIDs become Thema's lowercase ones" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("atlasti-win-23.2.3__target-atlas-project.qdpx"));
    CHECK(r.report.notImported.isEmpty());
    CHECK(r.store->codes().size() == 3);
    CHECK(r.store->codeByGuid(QStringLiteral("2d2466f0-d77f-4f8c-bdf9-628966b6b74d"))->path ==
          QStringLiteral("Commits/2022-05-10T02:05:59Z 19e4dce"));
    CHECK(r.store->coders().isEmpty());  // its users coded nothing: no empty coders
    CHECK(r.report.notes.contains(QStringLiteral("2 users without codings did not become coders")));
}

TEST_CASE("MAXQDA 24: 307 coloured codes, 10 sources from sources/, source sets reported" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("maxqda-24.7.0__ICLS_Conf_Themes_just10.qdpx"));
    INFO(r.report.toText().toStdString());
    CHECK(r.store->codes().size() == 307);
    CHECK(r.store->sources().size() == 10);
    CHECK(r.store->codeByGuid(QStringLiteral("C9E3D7E0-4DBF-46E2-96EF-14574ECD3B90"))->color == QStringLiteral("#ef8256"));
    CHECK(r.report.notImported.size() == 2);
    CHECK(mentions(r.report.notImported, QStringLiteral("Set \"ICLS 2024\": 5 sources")));
    CHECK(r.store->sourceByName(QStringLiteral("ICLS 2024 3-10")));
}

TEST_CASE("qc: no XML declaration, paths without internal://, several codings on one selection" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("qc-1.3.2__demo.qdpx"));
    INFO(r.report.toText().toStdString());
    CHECK(r.report.notImported.isEmpty());
    CHECK(r.store->sources().size() == 2);
    CHECK(r.store->sourceByName(QStringLiteral("admin-1")));
    CHECK(r.store->codings().size() == 205);
    CHECK(r.store->codes().size() == 262);
}

TEST_CASE("Taguette: a codebook with an empty <Sets/> imports its codes" * THEMA_NEEDS_SHARED)
{
    const Imported r = importSample(QStringLiteral("taguette-1.4.1__codebook.qdc"));
    CHECK(r.report.notImported.isEmpty());
    CHECK(r.store->codes().size() == 3);
    CHECK(r.store->codeByPath(QStringLiteral("xsd:element name")));
    CHECK(r.store->memos().size() == 1);  // the report
}
