#include "demostudy.h"

#include "importerregistry.h"
#include "importservice.h"
#include "model/error.h"
#include "store/projectstore.h"
#include "text/find.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thema {
namespace {

QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

QJsonObject readStudy(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read the demo study: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw Error(QStringLiteral("%1: not a study description: %2 at byte %3").arg(path, error.errorString()).arg(error.offset));
    return doc.object();
}

Id codeAt(ProjectStore& store, const QString& path, const QString& where)
{
    const auto code = store.codeByPath(path, false);
    if (!code)
        throw Error(QStringLiteral("%1: unknown code \"%2\"").arg(where, path));
    return code->id;
}

void addCodes(ProjectStore& store, const QJsonArray& codes)
{
    for (const QJsonValue& v : codes) {
        const QJsonObject o = v.toObject();
        const Code code = *store.codeByPath(str(o, "path"), true);
        if (!str(o, "color").isEmpty())
            store.setCodeColor(code.id, str(o, "color"));
        store.setCodeDescription(code.id, {str(o, "definition"), str(o, "when_to_use"), str(o, "when_not"), str(o, "example")});
    }
}

void addThemes(ProjectStore& store, const QJsonArray& themes, const QString& file)
{
    for (const QJsonValue& v : themes) {
        const QJsonObject o = v.toObject();
        QStringList parts = str(o, "path").split(QLatin1Char('/'), Qt::SkipEmptyParts);
        Theme theme;
        theme.name = parts.takeLast();
        if (!parts.isEmpty()) {
            const auto parent = store.themeByPath(parts.join(QLatin1Char('/')));
            if (!parent)
                throw Error(QStringLiteral("%1: theme \"%2\" comes before its parent").arg(file, str(o, "path")));
            theme.parent = parent->id;
        }
        theme.definition = str(o, "definition");
        theme.status = themeStatusFromName(str(o, "status")).value_or(ThemeStatus::Candidate);
        for (const QJsonValue& c : o.value(QLatin1String("codes")).toArray())
            theme.codes.append(codeAt(store, c.toString(), file + QStringLiteral(", theme ") + str(o, "path")));
        store.addTheme(theme);
    }
}

void addCodings(ProjectStore& store, const QJsonArray& codings, const QHash<QString, Id>& sources, const QString& file)
{
    QHash<Id, QString> texts;
    int index = 0;
    for (const QJsonValue& v : codings) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("%1, coding %2").arg(file).arg(++index);
        const Id source = sources.value(str(o, "source"));
        if (!source)
            throw Error(QStringLiteral("%1: unknown source \"%2\"").arg(where, str(o, "source")));
        if (!texts.contains(source))
            texts.insert(source, store.sourceText(source));
        const auto span = findOccurrence(texts.value(source), str(o, "match"), o.value(QLatin1String("occurrence")).toInt(1));
        if (!span)
            throw Error(QStringLiteral("%1: \"%2\" not found in %3").arg(where, str(o, "match"), str(o, "source")));
        Coding coding;
        coding.source = source;
        coding.span = *span;
        coding.code = codeAt(store, str(o, "code"), where);
        coding.coder = store.ensureCoder(str(o, "coder"));
        coding.memo = str(o, "memo");
        if (!store.findCoding(coding.source, coding.span, coding.code, coding.coder))
            store.addCoding(coding);
    }
}

void addMemos(ProjectStore& store, const QJsonArray& memos, const QHash<QString, Id>& sources, const QString& file)
{
    for (const QJsonValue& v : memos) {
        const QJsonObject o = v.toObject();
        Memo memo;
        memo.title = str(o, "title");
        memo.text = str(o, "text");
        memo.author = str(o, "author");
        memo.target = memoTargetFromName(str(o, "target")).value_or(MemoTarget::Project);
        if (memo.target == MemoTarget::Code)
            memo.targetId = codeAt(store, str(o, "code"), file);
        else if (memo.target == MemoTarget::Source)
            memo.targetId = sources.value(str(o, "source"));
        else if (memo.target == MemoTarget::Theme) {
            const auto theme = store.themeByPath(str(o, "theme"));
            memo.targetId = theme ? theme->id : 0;
        }
        store.addMemo(memo);
    }
}

}  // namespace

QString DemoStudy::defaultSamplesDir()
{
    // No path is baked into the binary: THEMA_SAMPLES_DIR, else the samples/ of the source tree the running program
    // sits below (a build folder inside the checkout), else an installed share/thema/samples beside its bin/.
    const QString fromEnvironment = qEnvironmentVariable("THEMA_SAMPLES_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    QDir dir(appDir);
    for (int up = 0; up < 5 && !appDir.isEmpty(); ++up) {
        for (const QString& candidate : {QStringLiteral("samples"), QStringLiteral("share/thema/samples")})
            if (QFileInfo::exists(dir.filePath(candidate + QStringLiteral("/study.json"))))
                return QDir::cleanPath(dir.filePath(candidate));
        if (!dir.cdUp())
            break;
    }
    return QDir::cleanPath(appDir + QStringLiteral("/../share/thema/samples"));
}

void DemoStudy::build(const QString& samplesDir, const QString& projectPath)
{
    const QDir dir(samplesDir);
    const QString studyFile = dir.filePath(QStringLiteral("study.json"));
    const QJsonObject study = readStudy(studyFile);
    auto store = ProjectStore::create(projectPath, study.value(QLatin1String("language")).toString(QStringLiteral("en")));
    try {
        store->transaction([&] {
            store->setSetting(QStringLiteral("title"), str(study, "title"));
            store->setSetting(QStringLiteral("group_attribute"), str(study, "group_attribute"));
            for (const QJsonValue& v : study.value(QLatin1String("coders")).toArray()) {
                Coder coder;
                coder.name = str(v.toObject(), "name");
                coder.color = str(v.toObject(), "color");
                store->addCoder(coder);
            }
            ImportService service(*store);
            QHash<QString, Id> sources;
            for (const QJsonValue& v : study.value(QLatin1String("participants")).toArray()) {
                const QJsonObject o = v.toObject();
                ParticipantOptions who;
                who.participant = str(o, "name");
                const QJsonObject attributes = o.value(QLatin1String("attributes")).toObject();
                for (auto it = attributes.begin(); it != attributes.end(); ++it)
                    who.attributes.insert(it.key(), it.value().toVariant().toString());
                const QString file = dir.filePath(QStringLiteral("interviews/") + str(o, "source"));
                const SourceDraft draft = ImporterRegistry::instance().readFile(file, {});
                sources.insert(str(o, "source"), service.write(draft, who).source);
            }
            addCodes(*store, study.value(QLatin1String("codes")).toArray());
            addThemes(*store, study.value(QLatin1String("themes")).toArray(), studyFile);
            addCodings(*store, study.value(QLatin1String("codings")).toArray(), sources, studyFile);
            addMemos(*store, study.value(QLatin1String("memos")).toArray(), sources, studyFile);
        });
    } catch (...) {
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(projectPath + suffix);
        throw;
    }
}

}  // namespace thema
