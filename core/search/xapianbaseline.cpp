#include "xapianbaseline.h"

#include "indexwriter.h"
#include "xapian_p.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>

namespace thema {

BaselineResult indexWithTermGenerator(const QStringList& texts, const QString& dir, const QString& language)
{
    BaselineResult result;
    QElapsedTimer timer;
    timer.start();
    {
        Xapian::WritableDatabase db(dir.toStdString(), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;
        if (const auto stemmer = makeStemmer(language))
            generator.set_stemmer(*stemmer);
        for (const QString& text : texts) {
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(text.toStdString());
            db.add_document(doc);
        }
        db.commit();
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    for (QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        result.bytes += QFileInfo(it.next()).size();
    return result;
}

}  // namespace thema
