#pragma once

#include "session.h"

#include <memory>

class QSignalSpy;
class QWidget;

namespace thema::test {

/** A fresh demo project (DemoStudy: 8 interviews, coders Alex and Sam, codes, 4 themes) open in a Session. */
struct DemoSession {
    DemoSession();
    ~DemoSession();
    QString path;
    std::unique_ptr<Session> session;
    ProjectStore& store() const { return session->store(); }
};

/** Runs queued events (the models reload on queued store signals). */
void settle();

/** Waits (up to a minute each) until @p spy has recorded @p count signals; false on a timeout. */
bool waitFor(QSignalSpy& spy, int count);

/** Drops @p files on @p window as a file manager would (drag enter, then drop). */
void drop(QWidget* window, const QStringList& files);

}  // namespace thema::test
