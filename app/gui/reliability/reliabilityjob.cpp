#include "reliabilityjob.h"

#include "model/error.h"
#include "store/projectstore.h"

namespace thema {

ReliabilityOutcome runReliability(const QString& projectPath, const agreement::AgreementRequest& request, const std::atomic_bool* cancel,
                                  const std::function<void(int, int)>& progress)
{
    ReliabilityOutcome out;
    try {
        const auto store = ProjectStore::openReadOnly(projectPath);
        store->readSnapshot([&] {
            out.agreement = agreement::projectAgreement(*store, request);
            if (progress)
                progress(1, 2);
            if (cancel && cancel->load()) {
                out.cancelled = true;
                return;
            }
            const agreement::ProjectAgreement& a = out.agreement;
            out.layers = agreement::loadLayers(*store, a.coders, a.codes, a.sources, agreement::UnitKind::Character);
            out.disagreements = agreement::findDisagreements(out.layers);
            if (progress)
                progress(2, 2);
            out.cancelled = cancel && cancel->load();
        });
    } catch (const Error& e) {
        out.error = e.message();
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

}  // namespace thema
