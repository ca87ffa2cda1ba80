#pragma once

#include "importerregistry.h"
#include "importservice.h"
#include "core/search/searchindex.h"
#include "shared.h"
#include "store/projectstore.h"

#include <QDir>
#include <QRegularExpression>

namespace thema::test {

/** A project in a fresh temporary directory with real corpus files imported through the importers. */
struct SearchProject {
    QString path;
    std::unique_ptr<ProjectStore> store;
    std::unique_ptr<SearchIndex> index;

    explicit SearchProject(const QStringList& corpusFiles, const QString& language = QStringLiteral("en"))
    {
        path = QDir(tempDir()).filePath(QStringLiteral("p.thema"));
        store = ProjectStore::create(path);
        for (const QString& f : corpusFiles)
            import(f, language);
        index = std::make_unique<SearchIndex>(path);
    }

    Id import(const QString& corpusFile, const QString& language = QStringLiteral("en"))
    {
        ImportOptions options;
        options.language = language;
        const SourceDraft draft = ImporterRegistry::instance().readFile(sharedPath(corpusFile), options);
        return ImportService(*store).write(draft).source;
    }

    SearchResult search(const QString& query, SearchOptions options = {})
    {
        return index->search(*store, query, options);
    }

    static SearchOptions all()
    {
        SearchOptions o;
        o.limit = 0;
        return o;
    }
};

/** The files most search tests use: a 4-speaker interview, one with "listened", and a Finnish debate. */
inline QStringList searchCorpus()
{
    return {QStringLiteral("corpus/txt/changelog_gotime-100_4speakers.md"),
            QStringLiteral("corpus/scale/changelog/backstage__backstage-24.md")};
}

}  // namespace thema::test
