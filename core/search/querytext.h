#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <string>

namespace thema {

/** The words of a query as typed, by the term they become: what exact matching compares hits with. */
using TypedWords = QHash<std::string, QSet<QString>>;

/**
 * Rewrites what a user typed into what Xapian's QueryParser is given, so that the parser's terms equal the
 * index's: the text between the operators (AND, OR, NOT, XOR, NEAR, NEAR/n, ADJ, ADJ/n) is split by the same
 * Tokenizer the index uses and every word is replaced by its term (folded, encoded: "C++" → "c_2b__2b_",
 * "e-mail" → "email"); what is not a word (quotes, brackets, *, spaces, +/-) stays. The value after a field
 * prefix (speaker:, participant:, source: and the names in @p fields) is folded whole, as the index stores it.
 * Every run of Han or Kana characters becomes a phrase of single characters ("東京" → "\"東 京\""), matching
 * how such runs are indexed. When @p typed is given, it receives each word as typed (NFC) by its term.
 * Returns UTF-8.
 */
std::string prepareQuery(const QString& query, const QSet<QString>& fields = {}, TypedWords* typed = nullptr);

}  // namespace thema
