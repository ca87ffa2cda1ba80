#pragma once

#include "transcriptview.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace thema::bench {

/** Milliseconds on @p t, with sub-millisecond precision. */
inline double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

/** Processes events until @p view has painted more than @p count times, or @p limitMs has passed. */
inline void waitForPaint(TranscriptView* view, int count, int limitMs)
{
    QElapsedTimer guard;
    guard.start();
    while (view->paintCount() <= count && guard.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

}  // namespace thema::bench
