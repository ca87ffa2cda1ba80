// thema-cli memo: write and list memos on the project, sources, codes, themes, participants and codings.
#include "output.h"
#include "project.h"
#include "store/resolve.h"

namespace thema::cli {

Command makeMemoCommand()
{
    return {QStringLiteral("memo"), QStringLiteral("Add a memo (to the project, a source, code, theme, participant or coding), or list memos."),
            [](QCommandLineParser& p) {
                p.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
                p.addPositionalArgument(QStringLiteral("[TEXT]"), QStringLiteral("The memo's text; without it, memos are listed."));
                p.addOption({QStringLiteral("source"), QStringLiteral("Attach to this source."), QStringLiteral("SOURCE")});
                p.addOption({QStringLiteral("code"), QStringLiteral("Attach to this code."), QStringLiteral("CODE")});
                p.addOption({QStringLiteral("theme"), QStringLiteral("Attach to this theme."), QStringLiteral("THEME")});
                p.addOption({QStringLiteral("participant"), QStringLiteral("Attach to this participant."), QStringLiteral("NAME")});
                p.addOption({QStringLiteral("coding"), QStringLiteral("Attach to this coding (id)."), QStringLiteral("ID")});
                p.addOption({QStringLiteral("title"), QStringLiteral("The memo's title."), QStringLiteral("TITLE")});
                p.addOption({QStringLiteral("author"), QStringLiteral("Who wrote it (a coder's name)."), QStringLiteral("NAME")});
                p.addOption(jsonOption());
            },
            [](const QCommandLineParser& p, Io& io) {
                auto store = openProject(p);
                const QString text = p.positionalArguments().mid(1).join(QLatin1Char(' '));
                if (!text.isEmpty()) {
                    Memo memo;
                    memo.text = text;
                    memo.title = p.value(QStringLiteral("title"));
                    memo.author = p.value(QStringLiteral("author"));
                    if (p.isSet(QStringLiteral("source"))) {
                        memo.target = MemoTarget::Source;
                        memo.targetId = resolve::source(*store, p.value(QStringLiteral("source"))).id;
                    } else if (p.isSet(QStringLiteral("code"))) {
                        memo.target = MemoTarget::Code;
                        memo.targetId = resolve::code(*store, p.value(QStringLiteral("code"))).id;
                    } else if (p.isSet(QStringLiteral("theme"))) {
                        memo.target = MemoTarget::Theme;
                        memo.targetId = resolve::theme(*store, p.value(QStringLiteral("theme"))).id;
                    } else if (p.isSet(QStringLiteral("participant"))) {
                        memo.target = MemoTarget::Participant;
                        memo.targetId = resolve::participant(*store, p.value(QStringLiteral("participant"))).id;
                    } else if (p.isSet(QStringLiteral("coding"))) {
                        memo.target = MemoTarget::Coding;
                        memo.targetId = p.value(QStringLiteral("coding")).toLongLong();
                        if (!store->coding(memo.targetId))
                            throw Error(QStringLiteral("no coding %1").arg(p.value(QStringLiteral("coding"))));
                    }
                    store->addMemo(memo);
                    io.out << "Added memo " << memo.id << '\n';
                    return 0;
                }
                QJsonArray json;
                for (const Memo& m : store->memos()) {
                    QJsonObject o{{QStringLiteral("id"), m.id}, {QStringLiteral("guid"), m.guid},
                                  {QStringLiteral("target"), memoTargetName(m.target)}, {QStringLiteral("target_id"), m.targetId},
                                  {QStringLiteral("title"), m.title}, {QStringLiteral("text"), m.text},
                                  {QStringLiteral("author"), m.author}, {QStringLiteral("created"), m.createdAt.toString(Qt::ISODate)}};
                    if (m.anchor) {
                        o.insert(QStringLiteral("start"), m.anchor->start);
                        o.insert(QStringLiteral("end"), m.anchor->end);
                    }
                    json.append(o);
                    if (!p.isSet(QStringLiteral("json")))
                        io.out << '#' << m.id << ' ' << memoTargetName(m.target)
                               << (m.targetId ? QStringLiteral(" %1").arg(m.targetId) : QString())
                               << (m.title.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(m.title)) << ": "
                               << ellipsize(m.text, 100) << '\n';
                }
                if (p.isSet(QStringLiteral("json")))
                    printJson(io.out, json);
                return 0;
            }};
}

}  // namespace thema::cli
