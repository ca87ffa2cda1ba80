#include "querytext.h"

#include "text/offsets.h"
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

/**
 * Free text: every token replaced by its term. A hyphenated word becomes its joined term outside quotes
 * ("e-mail" → "email", which finds both spellings) and stays a phrase of its parts inside them.
 */
QString termsOf(const QString& text, Tokenizer& tokenizer, TypedWords* typed, bool inQuote)
{
    const TextOffsets offsets(text);
    const std::vector<Token> tokens = tokenizer.tokenize(text);
    QString out;
    qsizetype at = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const qsizetype from = offsets.toUtf16(t.start), to = offsets.toUtf16(t.end);
        for (qsizetype k = at; k < from; ++k)
            if (text[k] == QLatin1Char('"'))
                inQuote = !inQuote;
        out += QStringView(text).mid(at, from - at);
        if (!t.joined.empty() && !inQuote) {
            const qsizetype end = offsets.toUtf16(tokens[i + size_t(t.joinedCount) - 1].end);
            out += QString::fromStdString(t.joined);
            if (typed)
                (*typed)[t.joined].insert(text.mid(from, end - from).normalized(QString::NormalizationForm_C));
            i += size_t(t.joinedCount) - 1;
            at = end;
            continue;
        }
        out += QString::fromStdString(t.term);
        if (typed)
            (*typed)[t.term].insert(text.mid(from, to - from).normalized(QString::NormalizationForm_C));
        at = to;
    }
    out += QStringView(text).mid(at);
    return out;
}

}  // namespace

std::string prepareQuery(const QString& query, const QSet<QString>& extraFields, TypedWords* typed)
{
    static const QRegularExpression operators(QStringLiteral(R"(\b(?:AND|OR|NOT|XOR|NEAR(?:/\d+)?|ADJ(?:/\d+)?)\b)"));
    static const QRegularExpression field(QStringLiteral(R"re((?<![\w])([\w]+):("[^"]*"?|[^\s()"]+))re"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QSet<QString> fields = extraFields;
    fields << QStringLiteral("speaker") << QStringLiteral("participant") << QStringLiteral("source");
    Tokenizer tokenizer;
    QString out;
    bool inQuote = false;
    auto text = [&](const QString& part) { out += spaceCjk(termsOf(part, tokenizer, typed, inQuote), inQuote); };
    auto segment = [&](const QString& part) {
        qsizetype at = 0;
        for (auto it = field.globalMatch(part); it.hasNext();) {
            const auto m = it.next();
            const QString name = QString::fromStdString(Tokenizer::normalize(m.capturedView(1)));
            if (!fields.contains(name))
                continue;
            text(part.mid(at, m.capturedStart() - at));
            QString value = m.captured(2);
            const bool quoted = value.startsWith(QLatin1Char('"'));
            if (quoted)
                value = value.mid(1, value.endsWith(QLatin1Char('"')) && value.size() > 1 ? value.size() - 2 : -1);
            const QString folded = QString::fromStdString(Tokenizer::normalize(value.trimmed()));
            out += name + QLatin1Char(':') + (quoted ? QLatin1Char('"') + folded + QLatin1Char('"') : folded);
            at = m.capturedEnd();
        }
        text(part.mid(at));
    };
    qsizetype at = 0;
    for (auto it = operators.globalMatch(query); it.hasNext();) {
        const auto m = it.next();
        segment(query.mid(at, m.capturedStart() - at));
        out += m.captured();
        at = m.capturedEnd();
    }
    segment(query.mid(at));
    return out.toStdString();
}

}  // namespace thema
