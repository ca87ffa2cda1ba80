// thema-cli export themes|extracts|codebook|matrix|reliability PROJECT OUT.ext: the paper-ready tables.
#include "exporttables.h"

#include "analysis/analysisdata.h"
#include "analysis/themetable.h"
#include "output.h"
#include "store/resolve.h"
#include "tablewriters.h"

#include <QFileInfo>

namespace thema::cli {
namespace {

int number(const QCommandLineParser& p, const QString& option, int fallback)
{
    if (!p.isSet(option))
        return fallback;
    bool ok = false;
    const int n = p.value(option).toInt(&ok);
    if (!ok || n < 0)
        throw UsageError(QStringLiteral("--%1 \"%2\": expected a whole number, 0 or more").arg(option, p.value(option)));
    return n;
}

AnalysisOptions options(const ProjectStore& store, const QCommandLineParser& p)
{
    AnalysisOptions o;
    o.groupAttribute = p.value(QStringLiteral("group-by"));
    if (p.isSet(QStringLiteral("label")))
        o.label = p.value(QStringLiteral("label"));
    o.quotes = number(p, QStringLiteral("quotes"), o.quotes);
    o.maxQuoteChars = number(p, QStringLiteral("max-quote-chars"), 0);
    for (const QString& t : p.values(QStringLiteral("theme")))
        o.themes.append(resolve::theme(store, t).id);
    for (const QString& c : p.values(QStringLiteral("code")))
        o.codes.append(resolve::code(store, c).id);
    for (const QString& c : p.values(QStringLiteral("coder")))
        o.coders.append(resolve::coder(store, c).id);
    const QString count = p.value(QStringLiteral("count"));
    if (count == QLatin1String("participants") || count.isEmpty())
        o.count = MatrixCount::Participants;
    else if (count == QLatin1String("extracts"))
        o.count = MatrixCount::Extracts;
    else if (count == QLatin1String("words"))
        o.count = MatrixCount::Words;
    else
        throw UsageError(QStringLiteral("--count \"%1\": use participants, extracts or words").arg(count));
    const QString rows = p.value(QStringLiteral("rows"));
    if (rows == QLatin1String("codes") || rows.isEmpty())
        o.rows = MatrixRows::Codes;
    else if (rows == QLatin1String("themes"))
        o.rows = MatrixRows::Themes;
    else
        throw UsageError(QStringLiteral("--rows \"%1\": use codes or themes").arg(rows));
    if (p.isSet(QStringLiteral("unit")))
        o.agreementUnit = p.value(QStringLiteral("unit"));
    if (p.isSet(QStringLiteral("overlap"))) {
        bool ok = false;
        o.overlap = p.value(QStringLiteral("overlap")).toDouble(&ok);
        if (ok && o.overlap > 1 && o.overlap <= 100)
            o.overlap /= 100;  // "90" means 90%
        if (!ok || o.overlap < 0 || o.overlap > 1)
            throw UsageError(QStringLiteral("--overlap must be a share between 0 and 1 (or a percentage)"));
    }
    return o;
}

}  // namespace

void addTableExportOptions(QCommandLineParser& p)
{
    auto add = [&](const char* name, const char* value, const QString& help) {
        p.addOption(QCommandLineOption(QLatin1String(name), help, QLatin1String(value)));
    };
    add("group-by", "ATTR", QStringLiteral("Tables: the participant attribute whose values make the groups (default: the project's group attribute, else role)."));
    add("label", "PATTERN", QStringLiteral("themes: how quotes are attributed; {name}, {n} (the number in the name), {group} and any attribute key, e.g. \"(Participant {n}, {role})\" (the default is \"(Participant {n}, {group})\")."));
    add("quotes", "N", QStringLiteral("themes: exemplar quotes per row (default 2)."));
    add("max-quote-chars", "N", QStringLiteral("themes, extracts: cut longer quotes at a word boundary with \"…\" (default: never cut)."));
    add("theme", "THEME", QStringLiteral("Tables: only this theme and its subthemes (repeatable); extracts are then listed by theme."));
    add("code", "CODE", QStringLiteral("extracts, codebook, matrix: only this code and its subcodes (repeatable)."));
    add("coder", "CODER", QStringLiteral("Tables: only this coder's codings (repeatable; default: every coder); reliability: the coders to compare (default: all but consensus layers)."));
    add("unit", "UNIT", QStringLiteral("reliability: character (default), word, sentence, turn, segment or continuum."));
    add("overlap", "SHARE", QStringLiteral("reliability, segment units: the overlap share that makes a match (default 0.9)."));
    add("count", "WHAT", QStringLiteral("matrix: participants (default), extracts or words."));
    add("rows", "KIND", QStringLiteral("matrix, extracts: codes (default) or themes."));
}

bool isTableExport(const QStringList& args)
{
    return args.size() >= 2 && tableFormats().contains(QFileInfo(args[1]).suffix().toLower());
}

int exportTable(ReportKind kind, ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    if (args.size() < 2)
        throw UsageError(QStringLiteral("missing OUT (.%1)").arg(tableFormats().join(QStringLiteral(", ."))));
    const QString out = args[1];
    const TableDocument table = exportReport(store, kind, options(store, p), out);
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("kind"), reportKindName(kind)},
                                      {QStringLiteral("rows"), table.rows.size()}, {QStringLiteral("columns"), table.headers.size()}});
    else
        io.out << QStringLiteral("Wrote %1: %2, %3\n").arg(out, table.title, counted(table.rows.size(), QStringLiteral("row")));
    if (kind == ReportKind::Themes)
        for (const QString& note : unquotableExemplarNotes(AnalysisData(store, AnalysisOptions())))
            io.err << QStringLiteral("Note: ") << note << '\n';
    return 0;
}

}  // namespace thema::cli
