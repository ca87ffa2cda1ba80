#include "agreement/adjudication.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema::agreement {

AdjudicationResult adjudicate(ProjectStore& store, const ProjectAgreement& compared, const QString& consensusName, const Decision& rule,
                              const std::map<int, Decision>& overrides)
{
    const QString name = consensusName.trimmed();
    if (name.isEmpty())
        throw Error(QStringLiteral("the consensus coder needs a name"));
    for (const Coder& c : compared.coders)
        if (c.name == name)
            throw Error(QStringLiteral("coder \"%1\" is one of the coders compared; name a separate consensus coder").arg(name));
    const auto existing = store.coderByName(name);
    if (existing && !existing->consensus)
        throw Error(QStringLiteral("coder \"%1\" exists and is not a consensus layer; choose another name").arg(name));
    const LayerInput input = loadLayers(store, compared.coders, compared.codes, compared.sources, UnitKind::Character);
    const std::vector<Disagreement> disagreements = findDisagreements(input);
    const auto agreements = findAgreements(input);
    AdjudicationResult result;
    store.transaction([&] {
        if (existing) {
            result.consensusCoder = existing->id;
        } else {
            Coder c;
            c.name = name;
            c.consensus = true;
            c.color = QStringLiteral("#555555");
            result.consensusCoder = store.addCoder(c);
        }
        if (existing) {
            CodingFilter old;
            old.coders = {result.consensusCoder};
            for (const Source& s : compared.sources)
                old.sources.append(s.id);
            for (const Code& c : compared.codes)
                old.codes.append(c.id);
            if (!old.sources.isEmpty() && !old.codes.isEmpty())
                for (const Coding& c : store.codings(old))
                    store.removeCoding(c.id);
        }
        const auto write = [&](int source, int code, const Span& span) {
            Coding c;
            c.source = compared.sources[source].id;
            c.code = compared.codes[code].id;
            c.coder = result.consensusCoder;
            c.span = span;
            store.addCoding(c);
            ++result.codingsWritten;
        };
        for (const auto& [cluster, span] : agreements) {
            write(cluster.source, cluster.code, span);
            ++result.agreementsCopied;
        }
        for (int i = 0; i < int(disagreements.size()); ++i) {
            const auto o = overrides.find(i);
            for (const Span& s : settle(disagreements[i], o != overrides.end() ? o->second : rule))
                write(disagreements[i].source, disagreements[i].code, s);
            ++result.disagreementsSettled;
        }
    });
    return result;
}

}  // namespace thema::agreement
