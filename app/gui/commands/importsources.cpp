#include "importsources.h"

#include "store/projectstore.h"

namespace thema {

ImportSources::ImportSources(Session& session, QList<SourceDraft> drafts)
    : StoreCommand(session, drafts.size() == 1 ? QObject::tr("Import \"%1\"").arg(drafts.first().name)
                                               : QObject::tr("Import %n files", nullptr, int(drafts.size()))),
      m_drafts(std::move(drafts))
{
}

void ImportSources::apply()
{
    QList<ImportResult> results;
    store().transaction([&] {
        ImportService service(store());
        for (const SourceDraft& d : m_drafts)
            results.append(service.write(d));
    });
    m_results = results;
}

void ImportSources::revert()
{
    store().transaction([&] {
        for (const ImportResult& r : m_results)
            store().removeSource(r.source);
    });
}

}  // namespace thema
