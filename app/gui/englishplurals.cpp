#include "englishplurals.h"

#include <QCoreApplication>

namespace thema {

QString EnglishPlurals::translate(const char*, const char* sourceText, const char*, int n) const
{
    const QString text = QString::fromUtf8(sourceText);
    if (n < 0 || !text.contains(QLatin1String("(s)")))
        return {};  // no translation: Qt uses the source text
    return QString(text).replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

void installEnglishPlurals()
{
    static EnglishPlurals* plurals = new EnglishPlurals(QCoreApplication::instance());
    QCoreApplication::installTranslator(plurals);
}

}  // namespace thema
