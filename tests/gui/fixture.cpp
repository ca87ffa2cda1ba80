#include "fixture.h"

#include "demostudy.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QSettings>
#include <QWidget>

namespace thema::test {

QString demoProject()
{
    const QString path = tempDir() + QStringLiteral("/demo.thema");
    DemoStudy::build(DemoStudy::defaultSamplesDir(), path);
    const auto store = ProjectStore::open(path);
    const QList<Coder> coders = store->coders();
    QSettings().setValue(QStringLiteral("coding/lastCoder"), coders.isEmpty() ? QString() : coders.first().name);
    return path;
}

void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("THEMA_GUI_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

}  // namespace thema::test
