#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "runsuite.h"

#include <QCoreApplication>

// Suites that need a QGuiApplication (GUI tests) provide their own main and do not link this file's object.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return thema::test::runSuite(argc, argv);
}
