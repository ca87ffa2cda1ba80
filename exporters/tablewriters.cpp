// The ONE place table writers are registered: one line per format.
#include "tablewriters.h"

#include "format/csvwriter.h"
#include "format/docxwriter.h"
#include "format/htmlwriter.h"
#include "format/latexwriter.h"
#include "format/markdownwriter.h"
#include "format/xlsxtablewriter.h"
#include "model/error.h"

#include <QFileInfo>

#include <functional>

namespace thema {
namespace {

const QList<std::function<std::unique_ptr<TableWriter>()>>& factories()
{
    static const QList<std::function<std::unique_ptr<TableWriter>()>> all = {
        [] { return std::make_unique<MarkdownWriter>(); },
        [] { return std::make_unique<LatexWriter>(); },
        [] { return std::make_unique<CsvWriter>(); },
        [] { return std::make_unique<HtmlWriter>(); },
        [] { return std::make_unique<DocxWriter>(); },
        [] { return std::make_unique<XlsxTableWriter>(); },
    };
    return all;
}

}  // namespace

QStringList tableFormats()
{
    QStringList out;
    for (const auto& make : factories())
        out.append(make()->extension());
    return out;
}

std::unique_ptr<TableWriter> tableWriterFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& make : factories())
        if (auto writer = make(); writer->extension() == suffix || (suffix == QLatin1String("htm") && writer->extension() == QLatin1String("html")))
            return writer;
    throw Error(QStringLiteral("%1: cannot tell the format from the extension; use one of .%2")
                    .arg(path, tableFormats().join(QStringLiteral(", ."))));
}

}  // namespace thema
