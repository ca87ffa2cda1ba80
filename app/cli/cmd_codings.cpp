// thema-cli code, uncode and codings: applying, removing and listing codings.
#include "output.h"
#include "project.h"
#include "store/resolve.h"
#include "text/find.h"
#include "text/offsets.h"

#include <algorithm>

namespace thema::cli {
namespace {

void addSpanOptions(QCommandLineParser& p)
{
    p.addOption({QStringLiteral("source"), QStringLiteral("Source id or name."), QStringLiteral("SOURCE")});
    p.addOption({QStringLiteral("code"), QStringLiteral("Code id or path (Parent/Child)."), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("coder"), QStringLiteral("Coder name."), QStringLiteral("CODER")});
    p.addOption({QStringLiteral("start"), QStringLiteral("Start, in code points from 0."), QStringLiteral("N")});
    p.addOption({QStringLiteral("end"), QStringLiteral("End (exclusive), in code points."), QStringLiteral("N")});
    p.addOption({QStringLiteral("match"), QStringLiteral("Code this exact text instead of --start/--end."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("occurrence"), QStringLiteral("With --match: which occurrence (1-based, default 1)."),
                 QStringLiteral("N"), QStringLiteral("1")});
}

QString required(const QCommandLineParser& p, const QString& option)
{
    if (!p.isSet(option) || p.value(option).isEmpty())
        throw UsageError(QStringLiteral("--%1 is required").arg(option));
    return p.value(option);
}

qint64 number(const QCommandLineParser& p, const QString& option)
{
    bool ok = false;
    const qint64 v = p.value(option).toLongLong(&ok);
    if (!ok)
        throw UsageError(QStringLiteral("--%1 \"%2\": not a whole number").arg(option, p.value(option)));
    return v;
}

Span spanFrom(const QCommandLineParser& p, const QString& text, const Source& source)
{
    if (p.isSet(QStringLiteral("match"))) {
        const QString needle = p.value(QStringLiteral("match"));
        const int occurrence = int(number(p, QStringLiteral("occurrence")));
        if (const auto span = findOccurrence(text, needle, occurrence))
            return *span;
        const int found = countOccurrences(text, needle);
        if (found == 0)
            throw Error(QStringLiteral("\"%1\" does not occur in source \"%2\"").arg(needle, source.name));
        throw Error(QStringLiteral("\"%1\" occurs %2 in \"%3\", not %4").arg(needle, counted(found, QStringLiteral("time")), source.name).arg(occurrence));
    }
    if (!p.isSet(QStringLiteral("start")) || !p.isSet(QStringLiteral("end")))
        throw UsageError(QStringLiteral("give --start and --end (code points), or --match TEXT"));
    return {number(p, QStringLiteral("start")), number(p, QStringLiteral("end"))};
}

}  // namespace

Command makeCodeCommand()
{
    return {QStringLiteral("code"), QStringLiteral("Apply a code to a span of a source, for one coder."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                addSpanOptions(p);
                p.addOption({QStringLiteral("memo"), QStringLiteral("A memo on the coding."), QStringLiteral("TEXT")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                Coding coding;
                QStringList notices;
                store->transaction([&] {
                    const Source source = resolve::source(*store, required(p, QStringLiteral("source")));
                    const QString codePath = required(p, QStringLiteral("code"));
                    const QString coderName = required(p, QStringLiteral("coder"));
                    const QString text = store->sourceText(source.id);
                    coding.source = source.id;
                    coding.span = spanFrom(p, text, source);
                    const bool newCode = !store->codeByPath(codePath, false);
                    bool isId = false;
                    const Id codeId = codePath.toLongLong(&isId);
                    coding.code = (isId && store->code(codeId)) ? codeId : store->codeByPath(codePath, true)->id;
                    if (newCode && !isId)
                        notices.append(QStringLiteral("Created code ") + codePath);
                    if (!store->coderByName(coderName))
                        notices.append(QStringLiteral("Created coder ") + coderName);
                    coding.coder = store->ensureCoder(coderName);
                    coding.memo = p.value(QStringLiteral("memo"));
                    if (store->findCoding(coding.source, coding.span, coding.code, coding.coder))
                        throw Error(QStringLiteral("%1 has already coded [%2, %3) of \"%4\" with %5")
                                        .arg(coderName).arg(coding.span.start).arg(coding.span.end).arg(source.name, codePath));
                    store->addCoding(coding);
                });
                for (const QString& n : notices)
                    io.err << n << '\n';
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, QJsonObject{{QStringLiteral("id"), coding.id}, {QStringLiteral("guid"), coding.guid},
                                                  {QStringLiteral("start"), coding.span.start}, {QStringLiteral("end"), coding.span.end}});
                else
                    io.out << QStringLiteral("Coded [%1, %2) as coding %3\n").arg(coding.span.start).arg(coding.span.end).arg(coding.id);
                return 0;
            }};
}

Command makeUncodeCommand()
{
    return {QStringLiteral("uncode"), QStringLiteral("Remove codings: by id, or by source, code, coder and span."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addPositionalArgument(QStringLiteral("[ID…]"), QStringLiteral("Coding ids to remove."));
                addSpanOptions(p);
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                int removed = 0;
                store->transaction([&] {
                    for (const QString& id : p.positionalArguments().mid(1)) {
                        bool ok = false;
                        const Id codingId = id.toLongLong(&ok);
                        if (!ok)
                            throw UsageError(QStringLiteral("\"%1\" is not a coding id").arg(id));
                        store->removeCoding(codingId);
                        ++removed;
                    }
                    if (p.positionalArguments().size() > 1)
                        return;
                    const Source source = resolve::source(*store, required(p, QStringLiteral("source")));
                    CodingFilter filter{{source.id}, {resolve::code(*store, required(p, QStringLiteral("code"))).id},
                                        {resolve::coder(*store, required(p, QStringLiteral("coder"))).id}};
                    const bool anySpan = !p.isSet(QStringLiteral("match")) && !p.isSet(QStringLiteral("start"));
                    const Span span = anySpan ? Span{} : spanFrom(p, store->sourceText(source.id), source);
                    for (const Coding& c : store->codings(filter))
                        if (anySpan || c.span == span) {
                            store->removeCoding(c.id);
                            ++removed;
                        }
                    if (removed == 0)
                        throw Error(QStringLiteral("no coding matches in \"%1\"").arg(source.name));
                });
                io.out << "Removed " << counted(removed, QStringLiteral("coding")) << '\n';
                return 0;
            }};
}

Command makeCodingsCommand()
{
    return {QStringLiteral("codings"), QStringLiteral("List codings, filtered by source, code and coder."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addOption({QStringLiteral("source"), QStringLiteral("Only this source (repeatable)."), QStringLiteral("SOURCE")});
                p.addOption({QStringLiteral("code"), QStringLiteral("Only this code (repeatable)."), QStringLiteral("CODE")});
                p.addOption({QStringLiteral("coder"), QStringLiteral("Only this coder (repeatable)."), QStringLiteral("CODER")});
                p.addOption({QStringLiteral("subcodes"), QStringLiteral("With --code: include the codes below it.")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                CodingFilter filter;
                for (const QString& s : p.values(QStringLiteral("source"))) filter.sources.append(resolve::source(*store, s).id);
                for (const QString& c : p.values(QStringLiteral("code"))) filter.codes.append(resolve::code(*store, c).id);
                for (const QString& c : p.values(QStringLiteral("coder"))) filter.coders.append(resolve::coder(*store, c).id);
                filter.includeSubcodes = p.isSet(QStringLiteral("subcodes"));
                QHash<Id, QString> codePaths, coderNames;
                for (const Code& c : store->codes()) codePaths.insert(c.id, c.path);
                for (const Coder& c : store->coders()) coderNames.insert(c.id, c.name);
                QHash<Id, Source> sources;
                for (const Source& s : store->sources()) sources.insert(s.id, s);
                QHash<Id, QString> participantNames;
                for (const Participant& part : store->participants()) participantNames.insert(part.id, part.name);

                Id textSource = 0;
                QString text;
                TextOffsets offsets;
                QList<Turn> turns;
                QJsonArray json;
                Table table({QStringLiteral("ID"), QStringLiteral("SOURCE"), QStringLiteral("SPAN"), QStringLiteral("CODE"),
                             QStringLiteral("CODER"), QStringLiteral("TEXT")});
                for (const Coding& c : store->codings(filter)) {
                    if (c.source != textSource) {
                        textSource = c.source;
                        text = store->sourceText(c.source);
                        offsets = TextOffsets(text);
                        turns = store->turns(c.source);
                    }
                    const qint64 from = offsets.toUtf16(c.span.start), to = offsets.toUtf16(c.span.end);
                    const QString extract = text.mid(from, to - from);
                    QString speaker, participant = participantNames.value(sources.value(c.source).participant);
                    // Turns are sorted by start: the last one starting at or before the coding may contain it.
                    const auto after = std::upper_bound(turns.cbegin(), turns.cend(), c.span.start,
                                                        [](qint64 pos, const Turn& t) { return pos < t.span.start; });
                    if (after != turns.cbegin() && std::prev(after)->span.contains(c.span.start)) {
                        speaker = std::prev(after)->speaker;
                        if (std::prev(after)->participant)
                            participant = participantNames.value(std::prev(after)->participant);
                    }
                    json.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("guid"), c.guid},
                                            {QStringLiteral("source"), sources.value(c.source).name},
                                            {QStringLiteral("start"), c.span.start}, {QStringLiteral("end"), c.span.end},
                                            {QStringLiteral("code"), codePaths.value(c.code)},
                                            {QStringLiteral("coder"), coderNames.value(c.coder)}, {QStringLiteral("text"), extract},
                                            {QStringLiteral("memo"), c.memo}, {QStringLiteral("speaker"), speaker},
                                            {QStringLiteral("participant"), participant},
                                            {QStringLiteral("created"), c.createdAt.toString(Qt::ISODate)}});
                    table.add({QString::number(c.id), sources.value(c.source).name,
                               QStringLiteral("[%1, %2)").arg(c.span.start).arg(c.span.end), codePaths.value(c.code),
                               coderNames.value(c.coder), ellipsize(extract, 60)});
                }
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, json);
                else
                    table.print(io.out);
                return 0;
            }};
}

}  // namespace thema::cli
