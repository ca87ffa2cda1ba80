#pragma once

#include <QString>

class QWidget;

namespace thema::test {

/**
 * A fresh copy of the demo project (built from samples/ by DemoStudy) in a temporary folder, with "alice"
 * remembered as the current coder so no dialog asks. Returns the project's path.
 */
QString demoProject();

/** Saves a picture of @p widget as NAME.png in $THEMA_GUI_SHOTS, when set (to look at what the tests drive). */
void shot(QWidget* widget, const QString& name);
}  // namespace thema::test
