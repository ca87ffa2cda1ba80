#include "agreement/handdecisions.h"

#include "model/error.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thema::agreement {
namespace {

QString key(const QString& consensusName)
{
    return QStringLiteral("adjudication/hand/") + consensusName.trimmed();
}

QJsonArray load(const ProjectStore& store, const QString& consensusName)
{
    return QJsonDocument::fromJson(store.setting(key(consensusName)).toUtf8()).array();
}

QJsonObject entry(const ProjectStore& store, Id source, Id code, const Span& extent)
{
    const auto s = store.source(source);
    const auto c = store.code(code);
    return QJsonObject{{QStringLiteral("source"), s ? s->guid : QString()},
                       {QStringLiteral("code"), c ? c->guid : QString()},
                       {QStringLiteral("start"), double(extent.start)},
                       {QStringLiteral("end"), double(extent.end)}};
}

}  // namespace

void recordHandDecision(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent)
{
    QJsonArray all = load(store, consensusName);
    const QJsonObject e = entry(store, source, code, extent);
    if (!all.contains(e))
        all.append(e);
    store.setSetting(key(consensusName), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

void forgetHandDecision(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent)
{
    QJsonArray all = load(store, consensusName);
    const QJsonObject e = entry(store, source, code, extent);
    for (qsizetype i = all.size() - 1; i >= 0; --i)
        if (all.at(i).toObject() == e) {
            all.removeAt(i);
            break;
        }
    store.setSetting(key(consensusName), QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

HandSettlement settleByHand(ProjectStore& store, const QString& consensusName, Id source, Id code, const Span& extent,
                            const QList<Span>& spans)
{
    HandSettlement done;
    if (extent.isEmpty())
        throw Error(QObject::tr("The disagreement's extent is empty"));
    for (const Span& span : spans)
        if (span.isEmpty() || span.start < extent.start || span.end > extent.end)
            throw Error(QObject::tr("A kept span [%1, %2) must lie inside the disagreement [%3, %4)")
                            .arg(span.start).arg(span.end).arg(extent.start).arg(extent.end));
    store.transaction([&] {
        if (const auto existing = store.coderByName(consensusName)) {
            if (!existing->consensus)
                throw Error(QObject::tr("\"%1\" is a coder, not a consensus layer; choose another name for the consensus").arg(consensusName));
            done.consensusCoder = existing->id;
        } else {
            Coder layer;
            layer.name = consensusName;
            layer.color = QStringLiteral("#2ca02c");
            layer.consensus = true;
            done.consensusCoder = store.addCoder(layer);
        }
        CodingFilter filter;
        filter.sources = {source};
        filter.codes = {code};
        filter.coders = {done.consensusCoder};
        for (const Coding& c : store.codings(filter))
            if (c.span.overlaps(extent))
                done.removed.append(store.removeCoding(c.id));
        for (const Span& span : spans) {
            Coding c;
            c.source = source;
            c.span = span;
            c.code = code;
            c.coder = done.consensusCoder;
            store.addCoding(c);
            done.added.append(c);
        }
        recordHandDecision(store, consensusName, source, code, extent);
    });
    return done;
}

std::vector<Disagreement> characterDisagreements(const ProjectStore& store, const ProjectAgreement& compared)
{
    return findDisagreements(loadLayers(store, compared.coders, compared.codes, compared.sources, UnitKind::Character));
}

std::map<int, Decision> handDecisions(const ProjectStore& store, const ProjectAgreement& compared, const QString& consensusName,
                                      const std::vector<Disagreement>& list)
{
    std::map<int, Decision> result;
    const QJsonArray all = load(store, consensusName);
    if (all.isEmpty())
        return result;
    const auto consensus = store.coderByName(consensusName.trimmed());
    for (int i = 0; i < int(list.size()); ++i) {
        const Disagreement& d = list[i];
        const Source& source = compared.sources[d.source];
        const Code& code = compared.codes[d.code];
        bool decided = false;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            const Span extent{qint64(o.value(QStringLiteral("start")).toDouble()), qint64(o.value(QStringLiteral("end")).toDouble())};
            if (o.value(QStringLiteral("source")).toString() == source.guid && o.value(QStringLiteral("code")).toString() == code.guid &&
                extent.overlaps(d.extent))
                decided = true;
        }
        if (!decided)
            continue;
        Decision keep;
        keep.kind = Resolution::Edited;
        if (consensus) {
            CodingFilter filter;
            filter.sources = {source.id};
            filter.codes = {code.id};
            filter.coders = {consensus->id};
            for (const Coding& c : store.codings(filter))
                if (c.span.overlaps(d.extent))
                    keep.spans.push_back(c.span);
        }
        result[i] = keep;
    }
    return result;
}

}  // namespace thema::agreement
