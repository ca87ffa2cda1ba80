#include "refiformat.h"

#include <QRegularExpression>
#include <QUuid>

namespace thema::refi {
namespace {

// Thema's UUID v5 namespace; never change it, or exported GUIDs change.
const QUuid kNamespace(QStringLiteral("6f0c9a3e-2b7d-4d59-9a61-5e0f3c7b8d21"));

const QString kWhenToUse = QStringLiteral("When to use: ");
const QString kWhenNot = QStringLiteral("When not to use: ");
const QString kExample = QStringLiteral("Example: ");
const QString kSetPrefix = QStringLiteral("Theme: ");
const QString kMarkerStart = QStringLiteral("[Thema theme; ");
const QString kOriginUtf16 = QStringLiteral("Thema (positions: UTF-16 code units)");
const QString kOriginCodePoints = QStringLiteral("Thema (positions: code points)");

}  // namespace

QString normalizeGuid(const QString& raw)
{
    static const QRegularExpression re(
        QStringLiteral("^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?$"));
    const auto m = re.match(raw.trimmed());
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QString derivedGuid(const QString& seed)
{
    return QUuid::createUuidV5(kNamespace, seed).toString(QUuid::WithoutBraces);
}

QString themesRootGuid() { return derivedGuid(QStringLiteral("thema:themes-root")); }

QString casesRootGuid() { return derivedGuid(QStringLiteral("thema:cases-root")); }

QString themeCodeGuid(const QString& themeGuid) { return derivedGuid(QStringLiteral("thema:theme-code:") + themeGuid); }

QString composeCodeDescription(const CodeDescription& d)
{
    QStringList parts;
    if (!d.definition.isEmpty())
        parts.append(d.definition);
    if (!d.whenToUse.isEmpty())
        parts.append(kWhenToUse + d.whenToUse);
    if (!d.whenNotToUse.isEmpty())
        parts.append(kWhenNot + d.whenNotToUse);
    if (!d.example.isEmpty())
        parts.append(kExample + d.example);
    return parts.join(QStringLiteral("\n\n"));
}

CodeDescription parseCodeDescription(const QString& text)
{
    // Sections are taken from the end, so a definition that mentions "Example: " in passing stays whole
    // unless it starts a paragraph of its own at the end.
    CodeDescription d;
    QString rest = text;
    const std::pair<const QString*, QString*> sections[] = {{&kExample, &d.example}, {&kWhenNot, &d.whenNotToUse},
                                                            {&kWhenToUse, &d.whenToUse}};
    for (const auto& [label, field] : sections) {
        const QString separated = QStringLiteral("\n\n") + *label;
        qsizetype at = rest.lastIndexOf(separated);
        qsizetype skip = separated.size();
        if (at < 0 && rest.startsWith(*label)) {
            at = 0;
            skip = label->size();
        }
        if (at < 0)
            continue;
        *field = rest.mid(at + skip);
        rest = rest.left(at);
    }
    d.definition = rest;
    return d;
}

QString themeSetName(const QString& themePath) { return kSetPrefix + themePath; }

QString themeNameFromSet(const QString& setName)
{
    const QString path = setName.startsWith(kSetPrefix) ? setName.mid(kSetPrefix.size()) : setName;
    return path.section(QLatin1Char('/'), -1);
}

QString composeThemeDescription(const QString& definition, const ThemeMarker& marker)
{
    QString line = kMarkerStart + QStringLiteral("status: %1; position: %2").arg(themeStatusName(marker.status)).arg(marker.position);
    if (!marker.parentGuid.isEmpty())
        line += QStringLiteral("; parent: ") + marker.parentGuid;
    if (!marker.exemplars.isEmpty())
        line += QStringLiteral("; exemplars: ") + marker.exemplars.join(QLatin1Char(' '));
    line += QLatin1Char(']');
    return definition.isEmpty() ? line : definition + QStringLiteral("\n\n") + line;
}

std::optional<ThemeMarker> parseThemeDescription(const QString& text, QString* definition)
{
    const qsizetype at = text.lastIndexOf(kMarkerStart);
    if (at < 0 || !text.endsWith(QLatin1Char(']')) || (at > 0 && !text.mid(0, at).endsWith(QStringLiteral("\n\n"))))
        return std::nullopt;
    ThemeMarker marker;
    const QString body = text.mid(at + kMarkerStart.size(), text.size() - at - kMarkerStart.size() - 1);
    for (const QString& field : body.split(QStringLiteral("; "))) {
        const QString key = field.section(QStringLiteral(": "), 0, 0);
        const QString value = field.section(QStringLiteral(": "), 1);
        if (key == QLatin1String("status"))
            marker.status = themeStatusFromName(value).value_or(ThemeStatus::Candidate);
        else if (key == QLatin1String("position"))
            marker.position = value.toInt();
        else if (key == QLatin1String("parent"))
            marker.parentGuid = normalizeGuid(value);
        else if (key == QLatin1String("exemplars"))
            for (const QString& g : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (const QString n = normalizeGuid(g); !n.isEmpty())
                    marker.exemplars.append(n);
    }
    if (definition)
        *definition = at == 0 ? QString() : text.left(at - 2);
    return marker;
}

QString positionUnitName(PositionUnit unit)
{
    return unit == PositionUnit::Utf16 ? QStringLiteral("utf16") : QStringLiteral("code-points");
}

std::optional<PositionUnit> positionUnitFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("utf16") || n == QLatin1String("utf-16"))
        return PositionUnit::Utf16;
    if (n == QLatin1String("code-points") || n == QLatin1String("codepoints"))
        return PositionUnit::CodePoints;
    return std::nullopt;
}

QString projectOrigin(PositionUnit unit) { return unit == PositionUnit::Utf16 ? kOriginUtf16 : kOriginCodePoints; }

std::optional<PositionUnit> declaredPositionUnit(const QString& origin)
{
    if (origin == kOriginUtf16)
        return PositionUnit::Utf16;
    if (origin == kOriginCodePoints)
        return PositionUnit::CodePoints;
    return std::nullopt;
}

bool isThemaOrigin(const QString& origin) { return origin.startsWith(QLatin1String("Thema")); }

QString appendCodeMemos(const QString& description, const QList<std::pair<QString, QString>>& titleAndText)
{
    QString out = description;
    for (const auto& [title, text] : titleAndText) {
        const QString head = title.isEmpty() ? QStringLiteral("Memo: ") : QStringLiteral("Memo \u201c%1\u201d: ").arg(title);
        out += (out.isEmpty() ? QString() : QStringLiteral("\n\n")) + head + text;
    }
    return out;
}

QList<std::pair<QString, QString>> takeCodeMemos(QString& description)
{
    // A memo paragraph starts "Memo: " or "Memo “title”: "; a memo's own paragraphs run to the next one.
    static const QRegularExpression head(QStringLiteral("(?:^|\n\n)Memo(?: \u201c([^\u201d\n]*)\u201d)?: "));
    QList<std::pair<QString, QString>> memos;
    auto m = head.match(description);
    if (!m.hasMatch())
        return memos;
    const qsizetype first = m.capturedStart();
    while (m.hasMatch()) {
        const auto next = head.match(description, m.capturedEnd());
        const qsizetype end = next.hasMatch() ? next.capturedStart() : description.size();
        memos.append({m.captured(1), description.mid(m.capturedEnd(), end - m.capturedEnd())});
        m = next;
    }
    description.truncate(first);
    return memos;
}

QString safeName(const QString& name, const QString& fallback)
{
    QString out = name;
    out.replace(QLatin1Char('/'), QChar(0x2215));  // DIVISION SLASH looks the same and separates nothing
    out = out.trimmed();
    return out.isEmpty() ? fallback : out;
}

QString normalizeColor(const QString& color)
{
    static const QRegularExpression re(QStringLiteral("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"));
    const QString c = color.trimmed();
    if (!re.match(c).hasMatch())
        return {};
    QString hex = c.mid(1).toLower();
    if (hex.size() == 3)
        hex = QString(hex[0]) + hex[0] + hex[1] + hex[1] + hex[2] + hex[2];
    else if (hex.size() == 8)
        hex = hex.mid(2);  // ARGB, as .NET writes it
    return QLatin1Char('#') + hex;
}

}  // namespace thema::refi
