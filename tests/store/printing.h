#pragma once

// Lets doctest print QString values in failed checks.
#include <doctest/doctest.h>

#include <QString>

namespace doctest {
template <>
struct StringMaker<QString> {
    static String convert(const QString& s) { return String(QByteArray('"' + s.toUtf8() + '"').constData()); }
};
}  // namespace doctest
