#pragma once

#include <QJsonObject>
#include <QString>

namespace thema {

/**
 * One line that reads a high percent agreement beside a low κ for the reader (e.g. 98.6% and κ = 0.03): most
 * units were left uncoded by both coders, which percent agreement counts as agreement and κ discounts as chance.
 * Empty when the two figures do not diverge (percent − κ under 0.3) or one is undefined. @p pooled holds
 * "percent_agreement" (0–1) and "cohen_kappa" or "fleiss_kappa".
 */
QString kappaReading(const QJsonObject& pooled);

}  // namespace thema
