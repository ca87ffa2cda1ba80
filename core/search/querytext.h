#pragma once

#include <QString>

#include <string>

namespace thema {

/**
 * Rewrites what a user typed into what Xapian's QueryParser is given, so that the parser's terms equal the
 * index's: everything but the operators (AND, OR, NOT, XOR, NEAR, NEAR/n, ADJ, ADJ/n) is folded and normalised
 * as Tokenizer::normalize does (so the search is case-insensitive, ’ is '), and every run of Han or Kana
 * characters becomes a phrase of single characters ("東京" → "\"東 京\""), matching how such runs are indexed.
 * Returns UTF-8.
 */
std::string prepareQuery(const QString& query);

}  // namespace thema
