#include "agreement/report.h"

#include <QJsonArray>

namespace thema::agreement::report {
namespace {

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString plain(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 10);
    if (v.isNull())
        return QStringLiteral("NA");
    return {};
}

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

QString csv(const ProjectAgreement& a)
{
    // Every scalar key that occurs anywhere, in a stable order: the unit's columns first.
    QStringList keys = columnsFor(a.result.unit, int(a.coders.size()));
    const auto collect = [&](const QJsonObject& f) {
        for (auto it = f.begin(); it != f.end(); ++it)
            if ((it.value().isDouble() || it.value().isNull()) && !keys.contains(it.key()))
                keys.append(it.key());
    };
    collect(a.result.pooled);
    for (const auto* list : {&a.result.perCode, &a.result.perSource, &a.result.perCodeSource})
        for (const FigureRow& r : *list)
            collect(r.figures);
    QString out = QStringLiteral("scope,code,source,") + keys.join(QLatin1Char(',')) + QStringLiteral(",alpha_ci_low,alpha_ci_high\n");
    const auto line = [&](const QString& scope, const FigureRow& r) {
        QStringList cells{scope, r.code >= 0 ? csvField(a.codes[r.code].path.isEmpty() ? a.codes[r.code].name : a.codes[r.code].path) : QString(),
                          r.source >= 0 ? csvField(a.sources[r.source].name) : QString()};
        for (const QString& k : keys)
            cells.append(plain(r.figures.value(k)));
        QJsonObject ci;
        for (const char* k : {"krippendorff_alpha_ci", "u_alpha_ci", "binary_u_alpha_ci"})
            if (ci.isEmpty())
                ci = r.figures.value(QLatin1String(k)).toObject();
        cells.append(ci.isEmpty() ? QString() : plain(ci.value(QStringLiteral("low"))));
        cells.append(ci.isEmpty() ? QString() : plain(ci.value(QStringLiteral("high"))));
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    line(QStringLiteral("pooled"), {-1, -1, a.result.pooled});
    for (const FigureRow& r : a.result.perCode)
        line(QStringLiteral("code"), r);
    for (const FigureRow& r : a.result.perSource)
        line(QStringLiteral("source"), r);
    for (const FigureRow& r : a.result.perCodeSource)
        line(QStringLiteral("code_source"), r);
    return out;
}

}  // namespace thema::agreement::report
