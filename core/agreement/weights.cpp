#include "agreement/weights.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace thema::agreement {

std::vector<double> rankScores(int q)
{
    std::vector<double> s(q);
    for (int k = 0; k < q; ++k)
        s[k] = k + 1;
    return s;
}

Matrix weightMatrix(WeightKind kind, const std::vector<double>& scores)
{
    const int q = int(scores.size());
    Matrix w(q, std::vector<double>(q, 0.0));
    if (q == 0)
        return w;
    const double lo = *std::min_element(scores.begin(), scores.end());
    const double hi = *std::max_element(scores.begin(), scores.end());
    const double range = hi - lo;
    // Raw disagreement for the kinds normalised by their maximum (circular, bipolar, ordinal).
    Matrix raw(q, std::vector<double>(q, 0.0));
    double rawMax = 0;
    for (int k = 0; k < q; ++k) {
        for (int l = 0; l < q; ++l) {
            const double xk = scores[k], xl = scores[l];
            double v = 0;
            switch (kind) {
            case WeightKind::Identity: v = k == l ? 1 : 0; break;
            case WeightKind::Linear: v = range > 0 ? 1 - std::abs(xk - xl) / range : 1; break;
            case WeightKind::Quadratic: v = range > 0 ? 1 - (xk - xl) * (xk - xl) / (range * range) : 1; break;
            case WeightKind::Radical: v = range > 0 ? 1 - std::sqrt(std::abs(xk - xl)) / std::sqrt(range) : 1; break;
            case WeightKind::Ratio: {
                const double r = (xk + xl) != 0 ? (xk - xl) / (xk + xl) : 0;
                const double m = (hi + lo) != 0 ? range / (hi + lo) : 0;
                v = m > 0 ? 1 - (r * r) / (m * m) : 1;
                break;
            }
            case WeightKind::Circular: {
                const double u = range + 1;
                const double s = std::sin(std::numbers::pi * (xk - xl) / u);
                raw[k][l] = s * s;
                break;
            }
            case WeightKind::Bipolar: {
                const double den = (xk + xl - 2 * lo) * (2 * hi - xk - xl);
                raw[k][l] = k == l || den == 0 ? 0 : (xk - xl) * (xk - xl) / den;
                break;
            }
            case WeightKind::Ordinal: {
                const double m = std::abs(k - l) + 1;  // on ranks
                raw[k][l] = k == l ? 0 : m * (m - 1) / 2;
                break;
            }
            }
            w[k][l] = v;
            rawMax = std::max(rawMax, raw[k][l]);
        }
    }
    if (kind == WeightKind::Circular || kind == WeightKind::Bipolar || kind == WeightKind::Ordinal) {
        for (int k = 0; k < q; ++k)
            for (int l = 0; l < q; ++l)
                w[k][l] = rawMax > 0 ? 1 - raw[k][l] / rawMax : (k == l ? 1 : 0);
    }
    return w;
}

std::optional<WeightKind> weightKindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none") || n == QLatin1String("identity") || n == QLatin1String("unweighted"))
        return WeightKind::Identity;
    for (WeightKind k : {WeightKind::Linear, WeightKind::Quadratic, WeightKind::Ordinal, WeightKind::Radical,
                         WeightKind::Ratio, WeightKind::Circular, WeightKind::Bipolar})
        if (n == weightKindName(k))
            return k;
    return std::nullopt;
}

QString weightKindName(WeightKind kind)
{
    switch (kind) {
    case WeightKind::Identity: return QStringLiteral("none");
    case WeightKind::Linear: return QStringLiteral("linear");
    case WeightKind::Quadratic: return QStringLiteral("quadratic");
    case WeightKind::Ordinal: return QStringLiteral("ordinal");
    case WeightKind::Radical: return QStringLiteral("radical");
    case WeightKind::Ratio: return QStringLiteral("ratio");
    case WeightKind::Circular: return QStringLiteral("circular");
    case WeightKind::Bipolar: return QStringLiteral("bipolar");
    }
    return {};
}

}  // namespace thema::agreement
