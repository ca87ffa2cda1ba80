#include "officetest.h"
#include "pdfimporter.h"
#include "pdflayout.h"

#include <doctest/doctest.h>

#include <QRegularExpression>

using namespace thema;
using namespace thema::test;

TEST_CASE("PDF: the P1 transcript keeps its speakers and loses its paragraph numbers and page footers" * THEMA_NEEDS_SHARED)
{
    const SourceDraft d = importCorpus(QStringLiteral("pdf/pdpilot_P1_transcript.pdf"));
    CHECK(d.format == QStringLiteral("pdf"));
    int dan = 0, participant = 0, other = 0;
    for (const DraftTurn& t : d.turns) {
        if (t.speaker == QStringLiteral("Dan"))
            ++dan;
        else if (t.speaker == QStringLiteral("Participant"))
            ++participant;
        else
            ++other;
    }
    CHECK(dan >= 40);
    CHECK(participant >= 40);
    CHECK(other == 1);  // the title, "Interview"
    CHECK(d.text.startsWith(QStringLiteral("Interview\n\nOkay. So now you can stop sharing your screen")));
    CHECK_FALSE(d.text.contains(QRegularExpression(QStringLiteral(R"((^|\n)\d+\b)"))));  // no paragraph numbers
    CHECK_FALSE(d.text.contains(QStringLiteral("/5")));                                 // no "1/5" page footers
    CHECK_FALSE(d.text.contains(QStringLiteral("Dan:")));                                // labels are metadata
    // A paragraph running over a page break is one paragraph, with no number or footer inside it.
    CHECK(d.text.contains(QStringLiteral("highlighting those and seeing what that and I thought it was useful.")));
    CHECK(d.text.contains(QStringLiteral("(unintelligible)")));
}

TEST_CASE("PDF: the MAXQDA table exports import" * THEMA_NEEDS_SHARED)
{
    const SourceDraft segments = importCorpus(QStringLiteral("pdf/pdpilot_coded-segments.pdf"));
    CHECK(segments.text.contains(QStringLiteral("Explainability purposes > Guiding feature engineering")));
    const SourceDraft codes = importCorpus(QStringLiteral("pdf/pdpilot_code-system.pdf"));
    CHECK(codes.text.contains(QStringLiteral("Understanding feature-outcome relationships")));
}

TEST_CASE("PDF layout: de-hyphenation only at a line end, margin numbers, repeated footers")
{
    auto word = [](const char* text, double x, double y, double w, bool space = true) {
        return PdfWord{QString::fromUtf8(text), QRectF(x, y, w, 11), space};
    };
    QList<PdfPage> pages(2);
    for (int p = 0; p < 2; ++p) {
        pages[p].size = QSizeF(595, 842);
        pages[p].words = {word("7", 20, 300 + p, 6), word("We", 47, 300 + p, 40), word("did", 90, 300 + p, 40),
                          word("an", 133, 300 + p, 40), word("inter-", 176, 300 + p, 60, false), word("view", 47, 312 + p, 30),
                          word("well-being", 80, 312 + p, 60), word("stayed.", 145, 312 + p, 40, false), word("Page", 280, 810, 25), word(p == 0 ? "1" : "2", 310, 810, 6)};
    }
    int dropped = 0;
    const QStringList paragraphs = pdfParagraphs(pages, &dropped);
    REQUIRE(paragraphs.size() == 2);
    CHECK(paragraphs[0] == QStringLiteral("We did an interview well-being stayed."));
    CHECK(dropped == 4);  // two margin numbers, two footers

    CHECK(errorOf([] { PdfImporter().read("%PDF-1.4 garbage", QStringLiteral("bad.pdf"), {}); })
              .startsWith(QStringLiteral("bad.pdf: not a readable PDF")));
}
