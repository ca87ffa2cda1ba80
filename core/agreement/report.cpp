#include "agreement/report.h"

#include <QJsonArray>

namespace thema::agreement::report {
namespace {

QJsonArray rows(const ProjectAgreement& a, const QList<FigureRow>& list)
{
    QJsonArray out;
    for (const FigureRow& r : list) {
        QJsonObject o = r.figures;
        if (r.code >= 0)
            o.insert(QStringLiteral("code"), a.codes[r.code].path.isEmpty() ? a.codes[r.code].name : a.codes[r.code].path);
        if (r.source >= 0)
            o.insert(QStringLiteral("source"), a.sources[r.source].name);
        out.append(o);
    }
    return out;
}

}  // namespace

QStringList columnsFor(UnitKind unit, int coders)
{
    switch (unit) {
    case UnitKind::Segment:
        return {QStringLiteral("matched"), QStringLiteral("unmatched"), QStringLiteral("percent_agreement"), QStringLiteral("brennan_prediger")};
    case UnitKind::Continuum:
        return {QStringLiteral("binary_u_alpha"), QStringLiteral("u_alpha"), QStringLiteral("cu_alpha")};
    default:
        return {QStringLiteral("units"), QStringLiteral("coded_by_all"), QStringLiteral("percent_agreement"),
                coders == 2 ? QStringLiteral("cohen_kappa") : QStringLiteral("fleiss_kappa"), QStringLiteral("gwet_ac1"),
                QStringLiteral("krippendorff_alpha")};
    }
}

QString heading(const QString& key)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("units"), QStringLiteral("Units")}, {QStringLiteral("coded_by_all"), QStringLiteral("Coded by all")},
        {QStringLiteral("percent_agreement"), QStringLiteral("Agreement %")}, {QStringLiteral("cohen_kappa"), QStringLiteral("Cohen's κ")},
        {QStringLiteral("fleiss_kappa"), QStringLiteral("Fleiss' κ")}, {QStringLiteral("gwet_ac1"), QStringLiteral("Gwet's AC1")},
        {QStringLiteral("krippendorff_alpha"), QStringLiteral("Krippendorff's α")}, {QStringLiteral("matched"), QStringLiteral("Matched")},
        {QStringLiteral("unmatched"), QStringLiteral("Unmatched")}, {QStringLiteral("brennan_prediger"), QStringLiteral("κ (Brennan–Prediger)")},
        {QStringLiteral("binary_u_alpha"), QStringLiteral("|uα")}, {QStringLiteral("u_alpha"), QStringLiteral("uα")},
        {QStringLiteral("cu_alpha"), QStringLiteral("cuα")}};
    return names.value(key, key);
}

QString cell(const QJsonObject& f, const QString& key)
{
    if (!f.contains(key))
        return {};
    const QJsonValue v = f.value(key);
    if (v.isNull())
        return QStringLiteral("–");
    if (key == QLatin1String("percent_agreement"))
        return QString::number(v.toDouble() * 100, 'f', 1);
    if (key == QLatin1String("units") || key == QLatin1String("coded_by_all") || key == QLatin1String("matched") ||
        key == QLatin1String("unmatched"))
        return QString::number(v.toDouble(), 'f', 0);
    QString s = QString::number(v.toDouble(), 'f', 3);
    const QJsonObject ci = f.value(key + QStringLiteral("_ci")).toObject();
    if (!ci.isEmpty())
        s += QStringLiteral(" [%1, %2]").arg(ci.value(QStringLiteral("low")).toDouble(), 0, 'f', 3).arg(ci.value(QStringLiteral("high")).toDouble(), 0, 'f', 3);
    return s;
}

QJsonObject json(const ProjectAgreement& a)
{
    QJsonArray coders, codes, sources;
    for (const Coder& c : a.coders)
        coders.append(c.name);
    for (const Code& c : a.codes)
        codes.append(c.path.isEmpty() ? c.name : c.path);
    for (const Source& s : a.sources)
        sources.append(s.name);
    return {{QStringLiteral("unit"), unitKindName(a.result.unit)}, {QStringLiteral("unit_definition"), a.unitDefinition},
            {QStringLiteral("coders"), coders}, {QStringLiteral("codes"), codes}, {QStringLiteral("sources"), sources},
            {QStringLiteral("project_sources"), a.projectSources}, {QStringLiteral("pooled"), a.result.pooled},
            {QStringLiteral("per_code"), rows(a, a.result.perCode)}, {QStringLiteral("per_source"), rows(a, a.result.perSource)},
            {QStringLiteral("per_code_source"), rows(a, a.result.perCodeSource)},
            {QStringLiteral("notes"), QJsonArray::fromStringList(a.result.notes)},
            {QStringLiteral("methods_sentence"), methodsSentence(a)}};
}

}  // namespace thema::agreement::report
