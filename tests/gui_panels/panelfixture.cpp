#include "panelfixture.h"

#include "demostudy.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QCoreApplication>
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

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

}  // namespace thema::test
