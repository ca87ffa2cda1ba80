#include "agreement/random.h"

#include <algorithm>
#include <cmath>

namespace thema::agreement {
namespace {

quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

quint64 splitmix(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

}  // namespace

Random::Random(quint64 seed)
{
    for (quint64& s : m_s)
        s = splitmix(seed);
}

quint64 Random::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double Random::uniform() { return double(next() >> 11) * 0x1.0p-53; }

quint64 Random::below(quint64 n)
{
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);  // largest multiple of n, exclusive
    quint64 x;
    do
        x = next();
    while (x >= limit);
    return x % n;
}

double Random::normal()
{
    double u = uniform();
    while (u <= 0)
        u = uniform();
    return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * uniform());
}

double Random::gamma(double shape)
{
    const double d = shape - 1.0 / 3, c = 1 / std::sqrt(9 * d);
    for (;;) {
        double x, v;
        do {
            x = normal();
            v = 1 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = uniform();
        if (u < 1 - 0.0331 * x * x * x * x || (u > 0 && std::log(u) < 0.5 * x * x + d * (1 - v + std::log(v))))
            return d * v;
    }
}

qint64 Random::binomial(qint64 n, double p)
{
    qint64 k = 0;
    while (n > 32 && p > 0 && p < 1) {
        if (double(n) * std::min(p, 1 - p) < 16) {
            // Few expected successes (or failures): inversion, counting up from 0 (Kachitvichyanukul & Schmeiser's BINV).
            const bool flip = p > 0.5;
            const double pp = flip ? 1 - p : p, q = 1 - pp, ratio = pp / q, a = double(n + 1) * ratio;
            double r = std::pow(q, double(n)), u = uniform();
            qint64 x = 0;
            while (u > r && x < n) {
                u -= r;
                ++x;
                r *= a / double(x) - ratio;
            }
            return k + (flip ? n - x : x);
        }
        // The a-th smallest of n uniforms is Beta(a, n + 1 − a); count the successes on the side p falls.
        const qint64 a = 1 + n / 2, b = n + 1 - a;
        const double ga = gamma(double(a)), x = ga / (ga + gamma(double(b)));
        if (x >= p) {
            n = a - 1;
            p /= x;
        } else {
            k += a;
            n = b - 1;
            p = (p - x) / (1 - x);
        }
    }
    if (p <= 0)
        return k;
    if (p >= 1)
        return k + n;
    for (qint64 i = 0; i < n; ++i)
        if (uniform() < p)
            ++k;
    return k;
}

}  // namespace thema::agreement
