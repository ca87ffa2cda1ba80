#pragma once

// What the library computes for each published vector, keyed by the vector's own quantity names.
#include <QJsonObject>

#include <functional>
#include <map>

namespace thema::test {

/** Computes every quantity a vector file names, from the file's data. */
using VectorComputation = std::function<QJsonObject(const QJsonObject& vector)>;

/** One computation per vector id; a vector without one fails the test. */
const std::map<QString, VectorComputation>& vectorComputations();

}  // namespace thema::test
