#pragma once

namespace thema::media {

/**
 * Chooses Qt Multimedia's FFmpeg backend unless the user set QT_MEDIA_BACKEND. It ships inside Debian's
 * libqt6multimedia6 and needs nothing else; Qt 6.4's default on Linux, GStreamer, crashes while building the player
 * when GStreamer's base plugins are not installed (seen on a fresh Debian 12). Call before the QApplication exists.
 */
void chooseBackend();

}  // namespace thema::media
