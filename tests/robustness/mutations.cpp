#include "mutations.h"

#include <random>

namespace thema::test {

QList<Mutation> mutations(const QByteArray& bytes, quint32 seed, int flips)
{
    QList<Mutation> out;
    const qsizetype n = bytes.size();
    QList<qsizetype> cuts{1, 2, 3, 4, 8, 16, 64, 512};
    for (const double f : {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99})
        cuts.append(qsizetype(double(n) * f));
    cuts.append(n - 1);
    for (const qsizetype cut : cuts)
        if (cut > 0 && cut < n)
            out.append({QStringLiteral("truncated to %1 bytes").arg(cut), bytes.left(cut)});
    if (n == 0)
        return out;

    std::mt19937 rng(seed);
    static const char interesting[] = {'\0', '\xFF', '<', '>', ':', '-', '\n', '{', '\\', '&'};
    for (int i = 0; i < flips; ++i) {
        QByteArray copy = bytes;
        QString what = QStringLiteral("bytes replaced at");
        const int count = 1 + int(rng() % 8);
        for (int k = 0; k < count; ++k) {
            const qsizetype at = qsizetype(rng() % quint64(n));
            const bool special = rng() % 2 == 0;
            copy[at] = special ? interesting[rng() % sizeof(interesting)] : char(rng() & 0xFF);
            what += QStringLiteral(" %1").arg(at);
        }
        out.append({what, copy});
    }
    return out;
}

}  // namespace thema::test
