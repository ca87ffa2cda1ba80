#pragma once

class QTreeView;
class QWidget;

namespace thema {

class MediaController;
class SourceModel;

/** Gives the sources list a context menu: Link Recording…, Unlink Recording (undo commands through @p controller). */
void installRecordingMenu(QTreeView* view, SourceModel* model, MediaController* controller);

}  // namespace thema
