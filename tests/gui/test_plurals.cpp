// English plurals in what the GUI says: "1 file", "3 files", never "1 file(s)" (seen in the import report).
#include "importreport.h"

#include <doctest/doctest.h>

#include <QLabel>

using namespace thema;

namespace {

QStringList labels(const QWidget& w)
{
    QStringList out;
    for (const QLabel* l : w.findChildren<QLabel*>())
        out.append(l->text());
    return out;
}

}  // namespace

TEST_CASE("the import report counts files in English: one file, two files")
{
    const ImportReport one(1, {QStringLiteral("broken.vtt: it must start with a line WEBVTT")}, {});
    CHECK(labels(one).contains(QStringLiteral("Imported 1 file. 1 file could not be imported:")));
    const ImportReport many(3, {QStringLiteral("a.pdf: damaged"), QStringLiteral("b.pdf: damaged")}, {});
    CHECK(labels(many).contains(QStringLiteral("Imported 3 files. 2 files could not be imported:")));
    const ImportReport none(0, {QStringLiteral("a.pdf: damaged")}, {});
    CHECK(labels(none).contains(QStringLiteral("Nothing was imported. 1 file could not be read:")));
}
