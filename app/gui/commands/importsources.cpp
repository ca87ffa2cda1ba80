#include "importsources.h"

#include "speakerattributes.h"
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
        for (const SourceDraft& d : m_drafts) {
            results.append(service.write(d));
            writeSpeakerAttributes(store(), results.last().source, d);  // a survey row's other columns
        }
    });
    m_results = results;
    m_guids.clear();
    for (const ImportResult& r : results)
        m_guids.append(store().source(r.source)->guid);
}

void ImportSources::revert()
{
    store().transaction([&] {
        for (int i = 0; i < m_results.size(); ++i) {
            checkSource(m_results[i].source, m_guids.value(i));
            store().removeSource(m_results[i].source);
        }
    });
}

}  // namespace thema
