#pragma once

#include "session.h"

#include <memory>

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

}  // namespace thema::test
