// thema-cli settle: settle one disagreement by hand in a consensus layer (keep chosen spans, or drop the passage), the
// operation behind the reliability panel's Keep A / Keep B / Union / Intersection / Drop buttons.
#include "output.h"
#include "project.h"
#include "agreement/handdecisions.h"
#include "store/resolve.h"

namespace thema::cli {
namespace {

/** "120-188" as the span [120, 188) in code points. */
Span parseSpan(const QString& text, const QString& option)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false, ok2 = false;
    const Span span{parts.value(0).toLongLong(&ok1), parts.value(1).toLongLong(&ok2)};
    if (parts.size() != 2 || !ok1 || !ok2 || span.isEmpty())
        throw UsageError(QStringLiteral("--%1 takes START-END in code points with START < END, e.g. 120-188 (got \"%2\")").arg(option, text));
    return span;
}

}  // namespace

Command makeSettleCommand()
{
    return {QStringLiteral("settle"),
            QStringLiteral("Settle one disagreement by hand in the consensus layer: keep the given spans, or drop the passage. "
                           "A later 'agreement --adjudicate' leaves it as decided."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addOption({QStringLiteral("source"), QStringLiteral("The source of the disagreement."), QStringLiteral("SOURCE")});
                p.addOption({QStringLiteral("code"), QStringLiteral("The code the coders disagree on."), QStringLiteral("CODE")});
                p.addOption({QStringLiteral("extent"), QStringLiteral("The disagreement's extent, START-END in code points (as "
                                                                     "'agreement --disagreements --json' lists it)."), QStringLiteral("START-END")});
                p.addOption({QStringLiteral("keep"), QStringLiteral("A span to keep coded, START-END inside the extent (repeatable)."),
                             QStringLiteral("START-END")});
                p.addOption({QStringLiteral("drop"), QStringLiteral("Code nothing in the extent.")});
                p.addOption({QStringLiteral("consensus"), QStringLiteral("Name of the consensus coder (default Consensus)."), QStringLiteral("name"),
                             QStringLiteral("Consensus")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                for (const char* required : {"source", "code", "extent"})
                    if (!p.isSet(QString::fromLatin1(required)))
                        throw UsageError(QStringLiteral("--%1 is required").arg(QString::fromLatin1(required)));
                if (p.isSet(QStringLiteral("drop")) == p.isSet(QStringLiteral("keep")))
                    throw UsageError(QStringLiteral("give either --keep START-END (one or more) or --drop"));
                const Span extent = parseSpan(p.value(QStringLiteral("extent")), QStringLiteral("extent"));
                QList<Span> keep;
                for (const QString& k : p.values(QStringLiteral("keep")))
                    keep.append(parseSpan(k, QStringLiteral("keep")));
                auto store = openProject(p);
                const Source source = resolve::source(*store, p.value(QStringLiteral("source")));
                const Code code = resolve::code(*store, p.value(QStringLiteral("code")));
                const QString consensus = p.value(QStringLiteral("consensus")).trimmed();
                const agreement::HandSettlement done = agreement::settleByHand(*store, consensus, source.id, code.id, extent, keep);
                if (p.isSet(QStringLiteral("json"))) {
                    printJson(io.out, QJsonObject{{QStringLiteral("consensus"), consensus},
                                                  {QStringLiteral("removed"), int(done.removed.size())},
                                                  {QStringLiteral("added"), int(done.added.size())}});
                } else {
                    io.out << "Settled by hand in " << consensus << ": " << source.name << ", " << code.path << " ["
                           << extent.start << ", " << extent.end << "): "
                           << (keep.isEmpty() ? QStringLiteral("dropped") : QStringLiteral("kept ") + counted(keep.size(), QStringLiteral("span")))
                           << " (" << counted(qint64(done.removed.size()), QStringLiteral("earlier consensus coding")) << " replaced)\n";
                }
                return 0;
            }};
}

}  // namespace thema::cli
