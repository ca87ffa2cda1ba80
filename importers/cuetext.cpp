#include "cuetext.h"

#include <QHash>
#include <QRegularExpression>

namespace thema {
namespace {

QStringList plainLines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// The tag's name, lower-cased: "v" for "<v.loud Bob>", "/c" for "</c>", a digit string for timestamps.
QString tagName(QStringView tag)
{
    qsizetype i = (!tag.isEmpty() && tag.at(0) == QLatin1Char('/')) ? 1 : 0;
    while (i < tag.size() && !tag.at(i).isSpace() && tag.at(i) != QLatin1Char('.'))
        ++i;
    return tag.left(i).toString().toLower();
}

QString collapseSpaces(const QString& s)
{
    return s.simplified();
}

}  // namespace

QString CueText::decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},       {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},      {QStringLiteral("nbsp"), QString(QChar(0x00A0))},
        {QStringLiteral("lrm"), QString(QChar(0x200E))},    {QStringLiteral("rlm"), QString(QChar(0x200F))},
    };
    static const QRegularExpression ref(QStringLiteral(R"(&(?:#[xX]([0-9A-Fa-f]{1,8})|#([0-9]{1,10})|([A-Za-z]{2,8}));)"));
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        QString replacement;
        if (m.capturedLength(3)) {
            replacement = named.value(m.captured(3));
            if (replacement.isEmpty())
                continue;  // unknown name: left as written
        } else {
            bool ok = false;
            const qulonglong cp = m.capturedLength(1) ? m.captured(1).toULongLong(&ok, 16) : m.captured(2).toULongLong(&ok, 10);
            const bool valid = ok && cp > 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
            const char32_t c = valid ? char32_t(cp) : char32_t(0xFFFD);
            replacement = QString::fromUcs4(&c, 1);
        }
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QList<CueSegment> CueText::parseWebVtt(const QString& raw)
{
    QList<CueSegment> segments;
    CueSegment current;
    QString text;     // plain text of the current segment, with its LFs
    int rubyText = 0; // inside <rt>…</rt>
    auto flush = [&] {
        current.lines = plainLines(decodeEntities(text));
        if (!current.lines.isEmpty())
            segments.append(current);
        current = CueSegment{};
        text.clear();
    };
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw.at(i);
        if (c != QLatin1Char('<')) {
            const qsizetype next = raw.indexOf(QLatin1Char('<'), i);
            const qsizetype end = next < 0 ? raw.size() : next;
            if (rubyText == 0)
                text += QStringView(raw).mid(i, end - i);
            i = end;
            continue;
        }
        // A tag runs to '>' or to the end of the cue text (the tokenizer's end-of-input rule).
        const qsizetype close = raw.indexOf(QLatin1Char('>'), i + 1);
        const qsizetype end = close < 0 ? raw.size() : close;
        const QStringView tag = QStringView(raw).mid(i + 1, end - i - 1);
        i = close < 0 ? raw.size() : close + 1;
        const QString name = tagName(tag);
        if (name == QLatin1String("v")) {
            // <v Name> or <v.class Name>: the annotation is everything after the first white space.
            qsizetype space = 0;
            while (space < tag.size() && !tag.at(space).isSpace())
                ++space;
            const QString voice = collapseSpaces(decodeEntities(tag.mid(space).toString()));
            flush();
            if (!voice.isEmpty())
                current.voice = voice;
        } else if (name == QLatin1String("rt")) {
            ++rubyText;
        } else if (name == QLatin1String("/rt") || name == QLatin1String("/ruby")) {
            rubyText = 0;
        }
        // Every other tag (and a timestamp tag) is markup only.
    }
    flush();
    return segments;
}

QStringList CueText::parseSubRip(const QString& raw)
{
    static const QRegularExpression assOverride(QStringLiteral(R"(\{\\[^{}]*\})"));
    static const QRegularExpression tagRe(QStringLiteral(R"(<(/?)([A-Za-z][A-Za-z0-9_-]*)(?:\s[^<>]*)?/?>)"));
    QString text = raw;
    text.remove(assOverride);

    struct Tag {
        qsizetype start, length;
        bool closing;
        QString name;
        bool strip;
    };
    QList<Tag> tags;
    auto it = tagRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString name = m.captured(2).toLower();
        const bool known = name == QLatin1String("b") || name == QLatin1String("i") || name == QLatin1String("u") ||
                           name == QLatin1String("s") || name == QLatin1String("font");
        tags.append({m.capturedStart(), m.capturedLength(), !m.captured(1).isEmpty(), name, known});
    }
    // Unknown tags are removed in closed pairs only.
    QHash<QString, QList<qsizetype>> open;
    for (qsizetype t = 0; t < tags.size(); ++t) {
        Tag& tag = tags[t];
        if (tag.strip)
            continue;
        if (!tag.closing) {
            open[tag.name].append(t);
        } else if (auto o = open.find(tag.name); o != open.end() && !o->isEmpty()) {
            tags[o->takeLast()].strip = true;
            tag.strip = true;
        }
    }
    QString out;
    qsizetype last = 0;
    for (const Tag& tag : tags) {
        if (!tag.strip)
            continue;
        out += QStringView(text).mid(last, tag.start - last);
        last = tag.start + tag.length;
    }
    out += QStringView(text).mid(last);
    return plainLines(out);
}

}  // namespace thema
