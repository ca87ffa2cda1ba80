#include "rtfimporter.h"

#include "richtextdraft.h"
#include "rtfreader.h"

#include <QFileInfo>

namespace thema {

int RtfImporter::sniff(const QByteArray& head, const QString&) const
{
    QByteArray start = head.left(64);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    return start.trimmed().startsWith("{\\rtf") ? 100 : 0;
}

SourceDraft RtfImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    RichTextDraft rich;
    RtfReader(bytes, QFileInfo(fileName).fileName()).read(rich);
    SourceDraft draft = rich.finish(options);
    draft.format = format();
    return draft;
}

}  // namespace thema
