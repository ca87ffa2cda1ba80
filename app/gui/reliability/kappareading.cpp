#include "kappareading.h"

#include <QCoreApplication>

namespace thema {

QString kappaReading(const QJsonObject& pooled)
{
    const QJsonValue percent = pooled.value(QStringLiteral("percent_agreement"));
    QJsonValue kappa = pooled.value(QStringLiteral("cohen_kappa"));
    if (!kappa.isDouble())
        kappa = pooled.value(QStringLiteral("fleiss_kappa"));
    if (!percent.isDouble() || !kappa.isDouble() || percent.toDouble() - kappa.toDouble() < 0.3)
        return {};
    return QCoreApplication::translate("thema::ReliabilityPanel",
                                       "Why %1% agreement sits beside κ = %2: most of the text was left uncoded by both "
                                       "coders, which percent agreement counts as agreement and κ discounts as chance; κ is low "
                                       "because the coders seldom coded the same passages.")
        .arg(percent.toDouble() * 100, 0, 'f', 1)
        .arg(kappa.toDouble(), 0, 'f', 2);
}

}  // namespace thema
