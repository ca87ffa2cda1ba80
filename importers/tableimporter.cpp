#include "tableimporter.h"

#include "model/error.h"
#include "tabledrafts.h"

#include <QFileInfo>

namespace thema {

QList<SourceDraft> TableImporter::readSources(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    QList<SourceDraft> drafts = tableDrafts(table(bytes, fileName), fileName, options);
    if (drafts.size() == 1 && !options.name.isEmpty())
        drafts.first().name = options.name;
    for (SourceDraft& d : drafts)
        d.format = format();
    return drafts;
}

SourceDraft TableImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const QList<SourceDraft> drafts = readSources(bytes, fileName, options);
    if (drafts.size() != 1)
        throw Error(QStringLiteral("%1: the survey table makes %2 sources; import it as a whole (readSources)")
                        .arg(QFileInfo(fileName).fileName())
                        .arg(drafts.size()));
    return drafts.first();
}

}  // namespace thema
