#include "exchangereport.h"

#include "store/projectstore.h"

namespace thema {

QString ExchangeReport::toText() const
{
    QString out = title + QLatin1Char('\n');
    const auto section = [&](const QString& heading, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        out += QLatin1Char('\n') + heading + QLatin1Char('\n');
        for (const QString& l : lines)
            out += QStringLiteral("  - ") + l + QLatin1Char('\n');
    };
    section(QStringLiteral("Brought in:"), imported);
    section(QStringLiteral("Matched to what the project has:"), matched);
    section(QStringLiteral("Not brought in:"), notImported);
    section(QStringLiteral("Refused:"), refused);
    section(QStringLiteral("Notes:"), notes);
    if (notImported.isEmpty() && refused.isEmpty())
        out += QStringLiteral("\nEverything in the file was brought in.\n");
    return out;
}

void ExchangeReport::append(const ExchangeReport& other)
{
    imported += other.imported;
    matched += other.matched;
    notImported += other.notImported;
    refused += other.refused;
    notes += other.notes;
}

void keepReportAsMemo(ProjectStore& store, const ExchangeReport& report)
{
    Memo memo;
    memo.target = MemoTarget::Project;
    memo.title = report.title;
    memo.text = report.toText();
    store.addMemo(memo);
}

}  // namespace thema
