// thema-cli export KIND PROJECT OUT …: one command, one line per kind in kinds() below.
#include "exporttables.h"
#include "model/error.h"
#include "output.h"
#include "project.h"
#include "refi/refiexport.h"

#include <QFileInfo>

namespace thema::cli {
namespace {

/**
 * One kind of export. Arguments after the kind word: PROJECT first, then the kind's own (args[0] is PROJECT).
 * setup (optional) adds the kind's options; the parser is shared, so option names must not clash.
 */
struct ExportKind {
    QString name;
    QString usage;  ///< what follows PROJECT, e.g. "OUT.qdc"
    QString summary;
    std::function<void(QCommandLineParser&)> setup;
    std::function<int(ProjectStore&, const QStringList& args, const QCommandLineParser&, Io&)> run;
};

QString outPath(const QStringList& args, const QString& extension)
{
    if (args.size() < 2)
        throw UsageError(QStringLiteral("missing OUT.%1").arg(extension));
    if (QFileInfo(args[1]).suffix().compare(extension, Qt::CaseInsensitive) != 0)
        throw UsageError(QStringLiteral("%1: the file name should end in .%2").arg(args[1], extension));
    return args[1];
}

int exportCodebook(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    const QString out = outPath(args, QStringLiteral("qdc"));
    refi::writeCodebook(store, out);
    const qsizetype codes = store.codes().size(), themes = store.themes().size();
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("codes"), codes}, {QStringLiteral("themes"), themes}});
    else
        io.out << QStringLiteral("Wrote %1: %2, %3\n").arg(out, counted(codes, QStringLiteral("code")), counted(themes, QStringLiteral("theme")));
    return 0;
}

int exportProject(ProjectStore& store, const QStringList& args, const QCommandLineParser& p, Io& io)
{
    const QString out = outPath(args, QStringLiteral("qdpx"));
    const QString unitName = p.value(QStringLiteral("positions"));
    const auto unit = unitName.isEmpty() ? refi::PositionUnit::Utf16 : refi::positionUnitFromName(unitName);
    if (!unit)
        throw UsageError(QStringLiteral("--positions %1: use utf16 or code-points").arg(unitName));
    const refi::ProjectExportSummary s = refi::writeProject(store, out, *unit);
    if (p.isSet(QStringLiteral("json")))
        printJson(io.out, QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("sources"), s.sources},
                                      {QStringLiteral("selections"), s.selections}, {QStringLiteral("codings"), s.codings},
                                      {QStringLiteral("notes"), s.notes}});
    else
        io.out << QStringLiteral("Wrote %1: %2, %3 on %4, %5\n")
                      .arg(out, counted(s.sources, QStringLiteral("source")), counted(s.codings, QStringLiteral("coding")),
                           counted(s.selections, QStringLiteral("selection")), counted(s.notes, QStringLiteral("note")));
    return 0;
}

const QList<ExportKind>& kinds()
{
    static const QList<ExportKind> all = {
        // codebook: OUT.qdc is the REFI-QDA codebook; a table format (.md .tex .csv .html .docx .xlsx) the codebook document.
        {QStringLiteral("codebook"), QStringLiteral("OUT.qdc|OUT.md|.tex|.csv|.html|.docx|.xlsx"), QStringLiteral("REFI-QDA codebook (codes, themes as sets), or the codebook document"), {},
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return isTableExport(a) ? exportTable(ReportKind::Codebook, s, a, p, io) : exportCodebook(s, a, p, io); }},
        {QStringLiteral("project"), QStringLiteral("OUT.qdpx"), QStringLiteral("REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder"),
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("positions"),
                          QStringLiteral("Unit of positions in a .qdpx: utf16 (default; NVivo, QualCoder) or code-points (the specification)."),
                          QStringLiteral("UNIT")});
         },
         exportProject},
        {QStringLiteral("themes"), QStringLiteral("OUT.md|.tex|.csv|.html|.docx|.xlsx"), QStringLiteral("theme table: definitions, participants per group, quotes"), addTableExportOptions,
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return exportTable(ReportKind::Themes, s, a, p, io); }},
        {QStringLiteral("extracts"), QStringLiteral("OUT.ext"), QStringLiteral("coded extracts per code (or --theme/--rows themes)"), {},
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return exportTable(ReportKind::Extracts, s, a, p, io); }},
        {QStringLiteral("matrix"), QStringLiteral("OUT.ext"), QStringLiteral("codes or themes x group attribute (--count, --rows)"), {},
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return exportTable(ReportKind::Matrix, s, a, p, io); }},
        {QStringLiteral("reliability"), QStringLiteral("OUT.ext"), QStringLiteral("intercoder agreement per code (--coder, --unit)"), {},
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return exportTable(ReportKind::Reliability, s, a, p, io); }},
        {QStringLiteral("saturation"), QStringLiteral("OUT.ext"), QStringLiteral("code saturation: new codes per source in coding order (--coder)"), {},
         [](ProjectStore& s, const QStringList& a, const QCommandLineParser& p, Io& io) { return exportTable(ReportKind::Saturation, s, a, p, io); }},
    };
    return all;
}

}  // namespace

Command makeExportCommand()
{
    QString list;
    for (const ExportKind& k : kinds())
        list += QStringLiteral("\n  %1 PROJECT %2  %3").arg(k.name, k.usage, k.summary);
    return {
        QStringLiteral("export"), QStringLiteral("Export a codebook, a project (REFI-QDA) or tables for papers."),
        [list](QCommandLineParser& p) {
            p.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("What to export:") + list);
            p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
            p.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("The file to write."));
            p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print a JSON summary.")));
            for (const ExportKind& k : kinds())
                if (k.setup)
                    k.setup(p);
        },
        [](const QCommandLineParser& p, Io& io) {
            const QString kind = positional(p, 0, QStringLiteral("KIND"));
            const auto it = std::find_if(kinds().begin(), kinds().end(), [&](const ExportKind& k) { return k.name == kind; });
            if (it == kinds().end()) {
                QStringList names;
                for (const ExportKind& k : kinds())
                    names.append(k.name);
                throw UsageError(QStringLiteral("unknown KIND \"%1\"; one of: %2").arg(kind, names.join(QStringLiteral(", "))));
            }
            auto store = ProjectStore::open(positional(p, 1, QStringLiteral("PROJECT (a .thema file)")));
            return it->run(*store, p.positionalArguments().mid(1), p, io);
        }};
}

}  // namespace thema::cli
