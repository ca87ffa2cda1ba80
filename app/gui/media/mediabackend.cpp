#include "gui/media/mediabackend.h"

#include <QByteArray>
#include <QtGlobal>

namespace thema::media {

void chooseBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

}  // namespace thema::media
