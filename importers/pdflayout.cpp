#include "pdflayout.h"

#include "speakerlabels.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace thema {
namespace {

struct Segment {
    QList<PdfWord> words;
    QString text;
    double left = 0, right = 0, top = 0, bottom = 0, height = 0;
    bool firstInLine = true;
    bool hadMarginNumber = false;
};

struct Paragraph {
    qsizetype index = 0;  // into the result list
    double lastLeft = 0, lastTop = 0, lastHeight = 0;
    int lines = 1;
    bool lastShort = false;
};

void finishSegment(Segment& s)
{
    s.text.clear();
    for (qsizetype i = 0; i < s.words.size(); ++i) {
        const PdfWord& w = s.words[i];
        if (i > 0) {
            const PdfWord& p = s.words[i - 1];
            if (p.spaceAfter || w.box.left() - p.box.right() > 0.15 * w.box.height())
                s.text += QLatin1Char(' ');
        }
        s.text += w.text;
    }
    s.text = s.text.simplified();
    s.left = s.words.first().box.left();
    s.right = s.words.last().box.right();
    s.top = s.words.first().box.top();
    s.bottom = s.words.first().box.bottom();
    s.height = 0;
    for (const PdfWord& w : s.words) {
        s.top = std::min(s.top, w.box.top());
        s.bottom = std::max(s.bottom, w.box.bottom());
        s.height = std::max(s.height, w.box.height());
    }
}

// Words → lines (same band, left to right) → segments (split at gaps wide enough to be table columns).
QList<Segment> segmentsOf(const PdfPage& page)
{
    QList<QList<PdfWord>> lines;
    for (const PdfWord& w : page.words) {
        if (w.text.trimmed().isEmpty())
            continue;
        if (!lines.isEmpty()) {
            const PdfWord& last = lines.last().last();
            const double topDiff = std::abs(w.box.top() - last.box.top());
            const double centreDiff = std::abs(w.box.center().y() - last.box.center().y());
            const double minH = std::min(w.box.height(), last.box.height());
            const double maxH = std::max(w.box.height(), last.box.height());
            if ((topDiff < 0.5 * minH || centreDiff < 0.4 * maxH) && w.box.left() >= last.box.right() - 1.0) {
                lines.last().append(w);
                continue;
            }
        }
        lines.append({w});
    }
    QList<Segment> segments;
    for (const QList<PdfWord>& line : lines) {
        Segment s;
        for (const PdfWord& w : line) {
            if (!s.words.isEmpty() && w.box.left() - s.words.last().box.right() > std::max(2.5 * w.box.height(), 20.0)) {
                finishSegment(s);
                segments.append(s);
                s = Segment{};
                s.firstInLine = false;
            }
            s.words.append(w);
        }
        finishSegment(s);
        segments.append(s);
    }
    return segments;
}

bool isNumberWord(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{1,5}[.)]?$)"));
    return re.match(text).hasMatch();
}

// The most common left edge of text (after any leading number), rounded to a point.
double textLeftEdge(const QList<QList<Segment>>& pages)
{
    QHash<int, int> counts;
    for (const auto& segments : pages)
        for (const Segment& s : segments) {
            if (!s.firstInLine)
                continue;
            for (const PdfWord& w : s.words)
                if (!isNumberWord(w.text)) {
                    ++counts[int(std::lround(w.box.left()))];
                    break;
                }
        }
    int best = 0, bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

QString positionKey(const Segment& s)
{
    QString text = s.text;
    static const QRegularExpression digits(QStringLiteral(R"(\d+)"));
    text.replace(digits, QStringLiteral("#"));
    return QStringLiteral("%1@%2,%3").arg(text).arg(std::lround(s.left / 4)).arg(std::lround(s.top / 4));
}

bool inMarginBand(const Segment& s, const QSizeF& size)
{
    return size.height() > 0 && (s.top < 0.12 * size.height() || s.bottom > 0.88 * size.height());
}

QString joinLines(const QString& a, const QString& b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    const QChar last = a.back();
    const bool letterBefore = a.size() >= 2 && a[a.size() - 2].isLetter();
    if ((last == QLatin1Char('-') || last == QChar(0x2010)) && letterBefore && b.front().isLower())
        return a.chopped(1) + b;  // a word hyphenated at the line end
    if (last == QChar(0x00AD))
        return a.chopped(1) + b;  // soft hyphen
    return a + QLatin1Char(' ') + b;
}

// The usual distance between consecutive lines of one paragraph: the smallest common one.
double lineSpacing(const QList<QList<Segment>>& pages)
{
    QList<double> gaps;
    for (const auto& segments : pages)
        for (qsizetype i = 1; i < segments.size(); ++i) {
            const double gap = segments[i].top - segments[i - 1].top;
            if (gap > 0 && gap < 3 * segments[i].height && std::abs(segments[i].left - segments[i - 1].left) < 3)
                gaps.append(std::round(gap * 2) / 2);
        }
    if (gaps.isEmpty())
        return 0;
    std::sort(gaps.begin(), gaps.end());
    const qsizetype minCount = std::max<qsizetype>(2, gaps.size() / 20);
    for (qsizetype i = 0; i < gaps.size();) {
        qsizetype j = i;
        while (j < gaps.size() && gaps[j] - gaps[i] <= 1.0)
            ++j;
        if (j - i >= minCount)
            return gaps[j - 1];
        i = j;
    }
    return gaps[gaps.size() / 2];
}

}  // namespace

QStringList pdfParagraphs(const QList<PdfPage>& pages, int* dropped)
{
    int removed = 0;
    QList<QList<Segment>> pageSegments;
    for (const PdfPage& page : pages)
        pageSegments.append(segmentsOf(page));

    // Numbers hanging in the left margin at a line start: paragraph or line numbers, not text.
    const double textLeft = textLeftEdge(pageSegments);
    for (auto& segments : pageSegments) {
        for (qsizetype i = 0; i < segments.size();) {
            Segment& s = segments[i];
            if (s.firstInLine && isNumberWord(s.words.first().text) && s.words.first().box.right() < textLeft - 2) {
                ++removed;
                s.words.removeFirst();
                if (s.words.isEmpty()) {
                    segments.removeAt(i);
                    continue;
                }
                finishSegment(s);
                s.hadMarginNumber = true;
            }
            ++i;
        }
    }

    // Running headers and footers: the same text at the same place on most pages.
    if (pages.size() >= 2) {
        QHash<QString, QSet<int>> seen;
        for (int p = 0; p < pageSegments.size(); ++p)
            for (const Segment& s : pageSegments[p])
                if (inMarginBand(s, pages[p].size))
                    seen[positionKey(s)].insert(p);
        for (int p = 0; p < pageSegments.size(); ++p)
            pageSegments[p].removeIf([&](const Segment& s) {
                const bool repeated = inMarginBand(s, pages[p].size) && seen[positionKey(s)].size() * 2 >= pages.size();
                removed += repeated ? 1 : 0;
                return repeated;
            });
    }

    // Right edge of each column (keyed by its left edge), to tell a paragraph's short last line.
    QHash<int, double> columnRight;
    for (const auto& segments : pageSegments)
        for (const Segment& s : segments) {
            double& r = columnRight[int(std::lround(s.left / 3))];
            r = std::max(r, s.right);
        }
    auto isShort = [&](const Segment& s) {
        const double right = columnRight.value(int(std::lround(s.left / 3)), s.right);
        return s.right < right - 0.12 * std::max(right - s.left, 1.0);
    };

    const double spacing = lineSpacing(pageSegments);
    const SpeakerLabels labels;
    QStringList result;
    std::optional<Paragraph> carried;  // the last paragraph of the previous page, if it may continue
    for (const auto& segments : pageSegments) {
        QList<Paragraph> open;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const Segment& s = segments[i];
            Paragraph* target = nullptr;
            if (i == 0 && carried && !carried->lastShort && !s.hadMarginNumber &&
                std::abs(s.left - carried->lastLeft) < 3 && labels.parse(s.text).speaker.isEmpty()) {
                open.append(*carried);  // the paragraph runs on from the previous page
                target = &open.last();
            }
            for (qsizetype k = open.size() - 1; !target && k >= 0 && k >= open.size() - 8; --k) {
                Paragraph& p = open[k];
                const double gap = s.top - p.lastTop;
                const bool sameColumn = std::abs(s.left - p.lastLeft) < 3 ||
                                        (p.lines == 1 && s.left < p.lastLeft && s.left > p.lastLeft - 40);  // indent
                if (sameColumn && gap > 0 && gap <= 1.35 * std::max(spacing, p.lastHeight) && !p.lastShort &&
                    !s.hadMarginNumber && std::abs(s.height - p.lastHeight) < 0.3 * p.lastHeight)
                    target = &p;
            }
            if (target) {
                result[target->index] = joinLines(result[target->index], s.text);
                ++target->lines;
            } else {
                result.append(s.text);
                open.append(Paragraph{result.size() - 1, 0, 0, 0, 1, false});
                target = &open.last();
            }
            target->lastLeft = s.left;
            target->lastTop = s.top;
            target->lastHeight = s.height;
            target->lastShort = isShort(s);
        }
        carried.reset();
        if (!open.isEmpty() && open.last().index == result.size() - 1)
            carried = open.last();
    }
    if (dropped)
        *dropped = removed;
    result.removeIf([](const QString& p) { return p.trimmed().isEmpty(); });
    return result;
}

}  // namespace thema
