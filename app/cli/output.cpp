#include "output.h"

namespace thema::cli {

void Table::print(QTextStream& out) const
{
    QList<qsizetype> widths;
    for (const QString& h : m_header)
        widths.append(h.size());
    for (const QStringList& row : m_rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    auto line = [&](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells[i].leftJustified(widths[i] + 2) : cells[i];
        out << text << '\n';
    };
    line(m_header);
    QStringList rule;
    for (qsizetype w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList& row : m_rows)
        line(row);
}

void printJson(QTextStream& out, const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString ellipsize(const QString& text, int width)
{
    QString flat = text.simplified();
    if (flat.size() <= width)
        return flat;
    return flat.left(width - 1) + QChar(0x2026);
}

QString counted(qint64 n, const QString& noun, const QString& plural)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? noun : plural.isEmpty() ? noun + QLatin1Char('s') : plural);
}

}  // namespace thema::cli
