// Every published vector in ../shared/agreement/vectors/ must pass, each quantity within its tolerance.
#include <doctest/doctest.h>
#include "shared.h"
#include "vectorjson.h"
#include "vectormeasures.h"

#include <QDir>
#include <QJsonArray>

using namespace thema::test;

namespace {

/**
 * Quantities whose stated tolerance is finer than the published figure: the figure is truncated, or printed with
 * fewer decimals than the tolerance assumes. Our values equal the files' own crosscheck_base_R where one exists
 * (Warrens: Fleiss .83235, Randolph .83571; Artstein & Poesio: α .80053 printed .800, so D_e = .12/.19947 = .6016; Krippendorff
 * 1980: 20 of 27 pairs agree = .7407). These pass within one unit of the last printed decimal, and are counted.
 */
const QStringList kTruncated = {
    QStringLiteral("agreement_artstein_poesio2008_table4_weighted/alpha_nominal"),
    QStringLiteral("agreement_artstein_poesio2008_table4_weighted/alpha_D_e"),
    QStringLiteral("kalpha_krippendorff1980_3coders_9units/percent_agreement"),
    QStringLiteral("multirater_warrens2010_8raters/randolph_kappa"),
    QStringLiteral("multirater_warrens2010_8raters/fleiss_kappa"),
    QStringLiteral("multirater_warrens2010_8raters/light_kappa_mean_pairwise_cohen"),
    QStringLiteral("ualpha_krippendorff1995_p57_four_pairs/C_at_half_resolution_L12"),
};

}  // namespace

TEST_CASE("every agreement vector reproduces its published values" * THEMA_NEEDS_SHARED)
{
    const QDir dir(sharedPath(QStringLiteral("agreement/vectors")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() > 0);
    int vectors = 0, passedVectors = 0, quantities = 0, passedQuantities = 0, truncated = 0;
    for (const QString& file : files) {
        const QJsonObject vec = readVector(dir.filePath(file));
        const QString id = vec.value(QStringLiteral("id")).toString();
        CAPTURE(file.toStdString());
        const auto it = vectorComputations().find(id);
        REQUIRE_MESSAGE(it != vectorComputations().end(), "no computation for vector " << id.toStdString());
        const QJsonObject computed = it->second(vec);
        QList<std::pair<QString, QJsonArray>> groups = {{QString(), vec.value(QStringLiteral("expected")).toArray()}};
        // Some files carry a second view with its own expected list (e.g. Krippendorff 1995's digitized data).
        for (auto key = vec.begin(); key != vec.end(); ++key)
            if (key.value().isObject() && key.value().toObject().value(QStringLiteral("expected")).isArray())
                groups.append({key.key() + QLatin1Char('.'), key.value().toObject().value(QStringLiteral("expected")).toArray()});
        bool allPassed = true;
        for (const auto& [prefix, expected] : groups)
            for (const auto& e : expected) {
                const QString quantity = e.toObject().value(QStringLiteral("quantity")).toString();
                const bool relaxed = kTruncated.contains(id + QLatin1Char('/') + quantity);
                truncated += relaxed;
                const Check c = relaxed ? compareTruncated(e.toObject(), computed, prefix) : compareExpected(e.toObject(), computed, prefix);
                ++quantities;
                passedQuantities += c.passed;
                allPassed = allPassed && c.passed;
                CHECK_MESSAGE(c.passed, id.toStdString() << ": " << c.detail.toStdString());
            }
        ++vectors;
        passedVectors += allPassed;
    }
    MESSAGE("agreement vectors: " << passedVectors << "/" << vectors << " files, " << passedQuantities << "/" << quantities
                                  << " expected quantities (" << truncated << " of them as truncated figures)");
    CHECK(passedVectors == vectors);
}
