// Predefined units (words, sentences, turns): which coders coded each unit, counted by hand.
#include "agreement/units.h"

#include <doctest/doctest.h>

using namespace thema;
using namespace thema::agreement;

namespace {

// Five words with a gap of one character between them.
const std::vector<Span> kWords = {{0, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 25}};

}  // namespace

TEST_CASE("units in order: a unit counts as coded by a coder when one of the coder's spans covers one of its characters")
{
    // Coder 0: [2,3) in word 0, [9,12) across words 1 and 2. Coder 1: [0,1) in word 0, [16,26) over words 3 and 4,
    // [5,6) only the gap after word 0, [11,11) empty. Masks: word 0 both (3), words 1-2 coder 0 (1), words 3-4 coder 1 (2).
    const std::vector<std::vector<Span>> spans = {{{9, 12}, {2, 3}}, {{16, 26}, {5, 6}, {0, 1}, {11, 11}}};
    CHECK(unitsInOrder(kWords));
    const PatternCounts p = unitPatterns(kWords, spans);
    CHECK(p == PatternCounts{{1, 2.0}, {2, 2.0}, {3, 1.0}});
    CHECK(unitPatterns(kWords, spans, true) == p);
    CHECK(unitPatterns(kWords, spans, false) == p);  // unit by unit: the same counts
}

TEST_CASE("units in order: spans that touch only gaps or lie beyond the text code nothing, no codings leave every unit uncoded")
{
    CHECK(unitPatterns(kWords, {{{5, 6}, {10, 11}}, {{30, 40}}}) == PatternCounts{{0, 5.0}});
    CHECK(unitPatterns(kWords, {{}, {}}) == PatternCounts{{0, 5.0}});
    CHECK(unitPatterns({}, {{{0, 3}}, {}}).empty());
}

TEST_CASE("units out of order or nested (overlapping turns) are counted one by one")
{
    // Turn [0,10) holds turn [5,8): ends fall. Coder 0 codes [8,9): only the outer turn. Coder 1 codes [6,7): both.
    const std::vector<Span> turns = {{0, 10}, {5, 8}, {12, 20}};
    CHECK_FALSE(unitsInOrder(turns));
    CHECK(unitPatterns(turns, {{{8, 9}}, {{6, 7}}}) == PatternCounts{{0, 1.0}, {2, 1.0}, {3, 1.0}});
    const std::vector<Span> shuffled = {{16, 20}, {0, 5}, {11, 15}, {6, 10}, {21, 25}};
    CHECK_FALSE(unitsInOrder(shuffled));
    CHECK(unitPatterns(shuffled, {{{9, 12}, {2, 3}}, {{16, 26}, {0, 1}}}) == PatternCounts{{1, 2.0}, {2, 2.0}, {3, 1.0}});
}
