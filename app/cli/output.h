#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

namespace thema::cli {

/** A plain-text table with aligned columns, as the CLI prints lists when --json is not given. */
class Table {
public:
    explicit Table(QStringList header) : m_header(std::move(header)) {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream& out) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

/** Prints JSON (indented) and a newline. */
void printJson(QTextStream& out, const QJsonValue& value);

/** "1 coding", "3 codings": @p n with the noun in the number it needs (@p plural when not noun + "s"). */
QString counted(qint64 n, const QString& noun, const QString& plural = {});

/** Shortens @p text to at most @p width characters on one line, with "…" when cut. */
QString ellipsize(const QString& text, int width);

}  // namespace thema::cli
