#include "agreement/coefficient.h"

#include <cmath>

namespace thema::agreement {

Coefficient makeCoefficient(double observed, double expected)
{
    Coefficient c;
    c.observed = observed;
    c.expected = expected;
    const double room = 1.0 - expected;
    if (std::abs(room) > 1e-12 && std::isfinite(observed) && std::isfinite(expected))
        c.value = (observed - expected) / room;
    return c;
}

}  // namespace thema::agreement
