#pragma once

#include "agreement/coefficient.h"

#include <QList>
#include <QStringList>

namespace thema::agreement {

/**
 * A reliability data table: units × coders, each cell a category index or −1 for a missing value.
 * Rows may stand for several identical units (multiplicity), which keeps character-level tables small:
 * a million characters coded by two coders are at most four distinct rows.
 */
struct RatingsTable {
    QStringList coders;
    QStringList categories;              ///< in rank order (numeric order when every value is a number)
    std::vector<double> scores;          ///< a numeric score per category: its value, or its rank 1..q
    bool numeric = false;                ///< every category is a number
    std::vector<std::vector<int>> rows;  ///< rows[u][coder]: category index, −1 = missing
    std::vector<double> multiplicity;    ///< units each row stands for; same size as rows

    int coderCount() const { return int(coders.size()); }
    int categoryCount() const { return int(categories.size()); }
    /** Adds a row standing for @p count units. */
    void addRow(std::vector<int> row, double count = 1);

    /** Units × categories: how many coders put each row in each category (r_ik). */
    Matrix categoryCounts() const;
    /** Coders × categories: how many units each coder put in each category. */
    Matrix coderCounts() const;
    /** The q×q table of coder @p a (rows) against coder @p b (columns), over units both coded. */
    Matrix contingency(int a, int b) const;
    /** Units with at least one value, and with at least two (pairable). */
    double ratedUnits() const;
    double pairableUnits() const;
};

/**
 * Units × categories counts r_ik (how many coders put unit i in category k) with a multiplicity per row
 * (empty = every row counts once). Different units may have different numbers of coders (missing values).
 */
struct CategoryCounts {
    Matrix counts;
    std::vector<double> multiplicity;
    double weightOf(size_t unit) const { return multiplicity.empty() ? 1.0 : multiplicity[unit]; }
};

/** The r_ik counts of a ratings table, with its multiplicities. */
CategoryCounts categoryCountsOf(const RatingsTable& table);

/**
 * Builds a table from text values: @p units[u][c] is coder c's value for unit u, empty for missing.
 * Categories are ordered numerically when every value parses as a number, otherwise by first appearance
 * unless @p order names them (values outside @p order are appended in order of appearance). Numeric values
 * are compared as numbers, so "1" and "1.0" are one category (named by the first spelling).
 */
RatingsTable ratingsFromText(const QStringList& coders, const QList<QStringList>& units, const QStringList& order = {});

/** A table in the shape vectors use for a q×q contingency table: two coders, one row per cell. */
RatingsTable ratingsFromContingency(const Matrix& counts, const QStringList& categories = {});

}  // namespace thema::agreement
