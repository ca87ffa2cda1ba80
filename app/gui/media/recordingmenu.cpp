#include "gui/media/recordingmenu.h"

#include "gui/media/mediacontroller.h"
#include "session.h"
#include "sourcemodel.h"
#include "store/projectstore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QTreeView>

namespace thema {

void installRecordingMenu(QTreeView* view, SourceModel* model, MediaController* controller)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, controller, [=](const QPoint& pos) {
        const Id source = model->sourceAt(view->indexAt(pos));
        Session* session = controller->session();
        if (!source || !session)
            return;
        QMenu menu(view);
        const auto media = session->store().sourceMedia(source);
        QAction* link = menu.addAction(media ? QObject::tr("Link Another Recording…") : QObject::tr("Link Recording…"));
        QAction* unlink = menu.addAction(QObject::tr("Unlink Recording"));
        unlink->setEnabled(media.has_value());
        QAction* chosen = menu.exec(view->viewport()->mapToGlobal(pos));
        if (chosen == link) {
            const QString start = QFileInfo(session->store().path()).absolutePath();
            const QString file = QFileDialog::getOpenFileName(
                view, QObject::tr("Link a recording"), start,
                QObject::tr("Recordings (*.wav *.mp3 *.m4a *.ogg *.oga *.opus *.flac *.aac *.wma *.aif *.aiff *.mp4 *.m4v *.mov "
                            "*.mkv *.webm *.avi *.wmv *.mpg *.mpeg);;All files (*)"));
            if (!file.isEmpty())
                controller->linkRecording(source, file);
        } else if (chosen == unlink) {
            controller->unlinkRecording(source);
        }
    });
}

}  // namespace thema
