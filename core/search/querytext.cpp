#include "querytext.h"

#include "tokenizer.h"

#include <QRegularExpression>

namespace thema {
namespace {

/** Spaces out CJK runs; wraps a run in quotes when it is not inside a phrase already. */
QString spaceCjk(const QString& text, bool& inQuote)
{
    QString out;
    out.reserve(text.size() * 2);
    const auto cps = text.toUcs4();
    for (qsizetype i = 0; i < cps.size();) {
        const char32_t c = char32_t(cps[i]);
        if (!Tokenizer::isCjk(c)) {
            if (c == U'"')
                inQuote = !inQuote;
            out += QString::fromUcs4(&c, 1);
            ++i;
            continue;
        }
        QString run;
        while (i < cps.size() && Tokenizer::isCjk(cps[i])) {
            if (!run.isEmpty())
                run += QLatin1Char(' ');
            const char32_t ci = char32_t(cps[i]);
            run += QString::fromUcs4(&ci, 1);
            ++i;
        }
        if (inQuote)
            out += QLatin1Char(' ') + run + QLatin1Char(' ');
        else
            out += QStringLiteral(" \"") + run + QStringLiteral("\" ");
    }
    return out;
}

}  // namespace

std::string prepareQuery(const QString& query)
{
    static const QRegularExpression operators(QStringLiteral(R"(\b(?:AND|OR|NOT|XOR|NEAR(?:/\d+)?|ADJ(?:/\d+)?)\b)"));
    QString out;
    bool inQuote = false;
    qsizetype at = 0;
    auto fold = [&](qsizetype from, qsizetype to) {
        const std::string folded = Tokenizer::normalize(QStringView(query).mid(from, to - from));
        out += spaceCjk(QString::fromStdString(folded), inQuote);
    };
    for (auto it = operators.globalMatch(query); it.hasNext();) {
        const auto m = it.next();
        fold(at, m.capturedStart());
        out += m.captured();
        at = m.capturedEnd();
    }
    fold(at, query.size());
    return out.toStdString();
}

}  // namespace thema
