#include "panelfixture.h"

#include "demostudy.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>
#include <QWidget>
#include <QEventLoop>

namespace thema::test {

DemoSession::DemoSession()
{
    path = tempDir() + QStringLiteral("/demo.thema");
    DemoStudy::build(DemoStudy::defaultSamplesDir(), path);
    session = std::make_unique<Session>(ProjectStore::open(path));
    session->setCoder(session->store().coders().first().id);
}

DemoSession::~DemoSession() = default;

bool waitFor(QSignalSpy& spy, int count)
{
    while (spy.count() < count)
        if (!spy.wait(60000))
            return false;
    return true;
}

void drop(QWidget* window, const QStringList& files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& f : files)
        urls.append(QUrl::fromLocalFile(f));
    mime.setUrls(urls);
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QDropEvent event(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &event);
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

}  // namespace thema::test
