// Documented behaviour at the edges of ratings tables: one category, missing values, bad CSV, bootstrap seeds.
#include "agreement/measureset.h"
#include "agreement/ratingscsv.h"
#include "model/error.h"

#include <doctest/doctest.h>

#include <QJsonDocument>
#include <QRegularExpression>

using namespace thema::agreement;

TEST_CASE("one category only: agreement is perfect but every chance-corrected coefficient is undefined (null)")
{
    const RatingsTable t = ratingsFromCsv(QStringLiteral("A,B\nyes,yes\nyes,yes\nyes,yes\n"), QStringLiteral("one.csv"));
    const MeasureSet s = measureRatings(t, Level::Nominal, WeightKind::Identity);
    CHECK(*s.percent->value == doctest::Approx(1.0));
    CHECK_FALSE(s.cohen->value);
    CHECK_FALSE(s.scott->value);
    CHECK_FALSE(s.alpha.alpha);
    const QJsonObject o = toJson(s);
    CHECK(o[QStringLiteral("cohen_kappa")].isNull());
    CHECK(o[QStringLiteral("krippendorff_alpha")].isNull());
    CHECK_FALSE(o.contains(QStringLiteral("conger_kappa")));  // needs more than two coders: absent, not null
    const QString json = QString::fromUtf8(QJsonDocument(o).toJson());
    CHECK_FALSE(json.contains(QRegularExpression(QStringLiteral(":\\s*-?(nan|inf)"), QRegularExpression::CaseInsensitiveOption)));
}

TEST_CASE("a coder who never used a category still counts in kappa's margins")
{
    // B never says "no": κ is defined, and lower than percent agreement.
    const RatingsTable t = ratingsFromCsv(QStringLiteral("A,B\nyes,yes\nno,yes\nyes,yes\nno,yes\nyes,yes\n"), QStringLiteral("x.csv"));
    const MeasureSet s = measureRatings(t, Level::Nominal, WeightKind::Identity);
    CHECK(*s.percent->value == doctest::Approx(0.6));
    REQUIRE(s.cohen->value);
    CHECK(*s.cohen->value == doctest::Approx(0.0));  // p_e = 0.6·1 + 0.4·0 = 0.6
}

TEST_CASE("missing values: units with one value do not pair, and Cohen's kappa uses units both coded")
{
    const RatingsTable t = ratingsFromCsv(QStringLiteral("A,B\n1,1\n2,\n,3\n2,2\n1,2\n"), QStringLiteral("m.csv"));
    CHECK(t.ratedUnits() == 5);
    CHECK(t.pairableUnits() == 3);
    const MeasureSet s = measureRatings(t, Level::Nominal, WeightKind::Identity);
    CHECK(*s.percent->value == doctest::Approx(2.0 / 3));
    CHECK(s.alpha.pairable == doctest::Approx(6));
}

TEST_CASE("bad ratings files are refused with the file and line named")
{
    CHECK_THROWS_WITH_AS(ratingsFromCsv(QStringLiteral("\n\n"), QStringLiteral("e.csv")), doctest::Contains("e.csv: empty"), thema::Error);
    CHECK_THROWS_WITH_AS(ratingsFromCsv(QStringLiteral("A\n1\n"), QStringLiteral("o.csv")), doctest::Contains("at least two"), thema::Error);
    CHECK_THROWS_WITH_AS(ratingsFromCsv(QStringLiteral("A,A\n1,1\n"), QStringLiteral("d.csv")), doctest::Contains("appears twice"), thema::Error);
    CHECK_THROWS_WITH_AS(ratingsFromCsv(QStringLiteral("A,B\n1,1\n1,2,3\n"), QStringLiteral("w.csv")), doctest::Contains("line 3"), thema::Error);
}

TEST_CASE("CSV: quotes, semicolons, CRLF and numeric ordering")
{
    const RatingsTable t = ratingsFromCsv(QStringLiteral("\"A\";\"B\"\r\n10;9\r\n9;\"10\"\r\n"), QStringLiteral("q.csv"));
    CHECK(t.coders == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(t.numeric);
    CHECK(t.categories == QStringList{QStringLiteral("9"), QStringLiteral("10")});  // numeric, not text, order
}

TEST_CASE("the bootstrap is reproducible for a seed and brackets alpha")
{
    QString csv = QStringLiteral("A,B,C\n");
    for (int i = 0; i < 60; ++i)
        csv += QStringLiteral("%1,%2,%3\n").arg(i % 4).arg(i % 7 == 0 ? (i + 1) % 4 : i % 4).arg(i % 5 == 0 ? (i + 2) % 4 : i % 4);
    const RatingsTable t = ratingsFromCsv(csv, QStringLiteral("b.csv"));
    const auto a = krippendorffAlpha(t, Level::Nominal);
    const auto one = bootstrapAlpha(t, Level::Nominal, {500, 7, 0.95});
    const auto two = bootstrapAlpha(t, Level::Nominal, {500, 7, 0.95});
    const auto other = bootstrapAlpha(t, Level::Nominal, {500, 8, 0.95});
    REQUIRE(one);
    CHECK(one->low == two->low);
    CHECK(one->high == two->high);
    CHECK((other->low != one->low || other->high != one->high));
    CHECK(one->low <= *a.alpha);
    CHECK(*a.alpha <= one->high);
    CHECK(one->high <= 1.0);
}
