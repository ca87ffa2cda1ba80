#include "agreement/measureset.h"
#include "agreement/ratingscsv.h"
#include "model/error.h"
#include "output.h"
#include "project.h"

#include <QFile>

using namespace thema::agreement;

namespace thema::cli {
namespace {

QString number(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble(), 'f', 4) : (v.isNull() ? QStringLiteral("undefined") : QString());
}

void printText(const QJsonObject& o, QTextStream& out)
{
    out << "Units: " << o[QStringLiteral("units")].toDouble() << " (" << o[QStringLiteral("pairable_units")].toDouble()
        << " with two or more values), coders: " << o[QStringLiteral("coders")].toInt() << ", level: "
        << o[QStringLiteral("level")].toString() << ", weights: " << o[QStringLiteral("weights")].toString() << "\n\n";
    Table t({QStringLiteral("MEASURE"), QStringLiteral("VALUE"), QStringLiteral("OBSERVED"), QStringLiteral("EXPECTED")});
    const QJsonObject parts = o[QStringLiteral("parts")].toObject();
    for (const QString& key : {QStringLiteral("percent_agreement"), QStringLiteral("cohen_kappa"), QStringLiteral("scott_pi"),
                               QStringLiteral("fleiss_kappa"), QStringLiteral("conger_kappa"), QStringLiteral("light_kappa"),
                               QStringLiteral("brennan_prediger"), QStringLiteral("gwet_ac1"), QStringLiteral("krippendorff_alpha")}) {
        if (!o.contains(key))
            continue;
        const QJsonObject p = parts[key].toObject();
        const bool alpha = key == QLatin1String("krippendorff_alpha");
        t.add({key, number(o[key]), p.isEmpty() ? QString() : (alpha ? QStringLiteral("D_o ") : QStringLiteral("p_o ")) +
                                                                 number(p[alpha ? QStringLiteral("D_o") : QStringLiteral("p_o")]),
               p.isEmpty() ? QString() : (alpha ? QStringLiteral("D_e ") : QStringLiteral("p_e ")) +
                                             number(p[alpha ? QStringLiteral("D_e") : QStringLiteral("p_e")])});
    }
    t.print(out);
    if (o.contains(QStringLiteral("light_kappa"))) {
        const QJsonObject light = parts[QStringLiteral("light_kappa")].toObject();
        out << "\nLight's kappa averages Cohen's kappa over " << light[QStringLiteral("pairs_averaged")].toInt() << " of "
            << light[QStringLiteral("pairs")].toInt() << " coder pairs (pairs with an undefined kappa are left out).\n";
    }
    if (o.contains(QStringLiteral("krippendorff_alpha_ci"))) {
        const QJsonObject ci = o[QStringLiteral("krippendorff_alpha_ci")].toObject();
        out << "\nKrippendorff's alpha " << int(ci[QStringLiteral("confidence")].toDouble() * 100) << "% bootstrap interval: ["
            << number(ci[QStringLiteral("low")]) << ", " << number(ci[QStringLiteral("high")]) << "] ("
            << ci[QStringLiteral("samples")].toInt() << " resamples, seed " << ci[QStringLiteral("seed")].toString() << ")\n";
    }
}

}  // namespace

Command makeStatsCommand()
{
    return {QStringLiteral("stats"), QStringLiteral("Agreement coefficients for a ratings table (CSV: one column per coder)."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("RATINGS"),
                                        QStringLiteral("CSV file: header = coder names, one row per unit, empty cell = missing."));
                p.addOption({QStringLiteral("level"), QStringLiteral("Krippendorff's level: nominal, ordinal, interval, ratio."),
                             QStringLiteral("level"), QStringLiteral("nominal")});
                p.addOption({QStringLiteral("weights"), QStringLiteral("Agreement weights: none, linear, quadratic (also ordinal, "
                                                                       "radical, ratio, circular, bipolar)."),
                             QStringLiteral("weights"), QStringLiteral("none")});
                p.addOption({QStringLiteral("bootstrap"), QStringLiteral("Resamples for alpha's interval (0 = none)."),
                             QStringLiteral("n"), QStringLiteral("1000")});
                p.addOption({QStringLiteral("seed"), QStringLiteral("Seed for the bootstrap."), QStringLiteral("seed"),
                             QStringLiteral("20160501")});
                p.addOption({QStringLiteral("order"), QStringLiteral("Text categories from lowest to highest, for --level ordinal "
                                                                     "(e.g. low,medium,high)."),
                             QStringLiteral("a,b,c")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                const QString path = positional(p, 0, QStringLiteral("RATINGS (a CSV file)"));
                const auto level = levelFromName(p.value(QStringLiteral("level")));
                if (!level)
                    throw UsageError(QStringLiteral("--level must be nominal, ordinal, interval or ratio"));
                const auto weights = weightKindFromName(p.value(QStringLiteral("weights")));
                if (!weights)
                    throw UsageError(QStringLiteral("--weights must be none, linear or quadratic"));
                bool ok = false;
                const int samples = p.value(QStringLiteral("bootstrap")).toInt(&ok);
                if (!ok || samples < 0)
                    throw UsageError(QStringLiteral("--bootstrap must be a whole number ≥ 0"));
                const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
                if (!ok)
                    throw UsageError(QStringLiteral("--seed must be a whole number"));
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    throw Error(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
                const QByteArray bytes = file.readAll();
                const QString text = QString::fromUtf8(bytes);
                QStringList order;
                for (const QString& v : p.value(QStringLiteral("order")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!v.trimmed().isEmpty())
                        order.append(v.trimmed());
                const RatingsTable table = ratingsFromCsv(text, path, order);
                if (!order.isEmpty() && table.categoryCount() > order.size())
                    throw UsageError(QStringLiteral("%1: \"%2\" is not in --order %3").arg(path, table.categories[order.size()], order.join(QLatin1Char(','))));
                if (*level == Level::Ordinal && !table.numeric && order.isEmpty() && table.categoryCount() > 1)
                    throw UsageError(QStringLiteral("%1: --level ordinal on text labels needs their order, lowest first: --order %2 "
                                                    "(in your order; the labels found are \"%3\")")
                                         .arg(path, table.categories.join(QLatin1Char(',')), table.categories.join(QStringLiteral("\", \""))));
                if ((*level == Level::Interval || *level == Level::Ratio || *weights != WeightKind::Identity) && !table.numeric &&
                    table.categoryCount() > 0)
                    throw Error(QStringLiteral("%1: --level %2 / --weights %3 need numeric values; found \"%4\"")
                                    .arg(path, levelName(*level), weightKindName(*weights), table.categories.join(QStringLiteral("\", \""))));
                MeasureSet set = measureRatings(table, *level, *weights);
                if (samples > 0)
                    set.alphaInterval = bootstrapAlpha(table, *level, {samples, seed, 0.95});
                const QJsonObject o = toJson(set);
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, o);
                else
                    printText(o, io.out);
                return 0;
            }};
}

}  // namespace thema::cli
