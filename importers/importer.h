#pragma once

#include "model/sourcedraft.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace thema {

/** Options a user gives for one import; importers read what applies to them. */
struct ImportOptions {
    QString name;            ///< source name; empty: the file's base name
    QString language;        ///< empty: the project's language
    QString speakerPattern;  ///< a regular expression with a capture group "speaker" for plain text; empty: detect
    /** A table of survey answers: "per-question" (one source per question column, the default) or
     *  "per-respondent" (one source per row). Tables with time/speaker/text columns are transcripts either way. */
    QString surveyLayout;
};

/**
 * One input format. An importer turns a file's bytes into a SourceDraft: Unicode text (LF, no BOM), turns and
 * memos in code points. It never touches the project; ImportService writes drafts in one transaction.
 *
 * Implementations throw thema::Error naming @p fileName and the problem for input they cannot read.
 */
class Importer {
public:
    virtual ~Importer() = default;

    /** Short format name stored with the source: "txt", "vtt", "docx", … */
    virtual QString format() const = 0;
    /** Lower-case file extensions without the dot. */
    virtual QStringList extensions() const = 0;
    /**
     * How sure the importer is that @p head (the file's first bytes) is its format, judged by content alone:
     * 0 = not this format or cannot tell, 100 = a signature proves it. The registry asks content first,
     * then extensions.
     */
    virtual int sniff(const QByteArray& head, const QString& fileName) const = 0;

    virtual SourceDraft read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const = 0;

    /** Every source the file holds; a table of survey answers holds several. By default the one read() gives. */
    virtual QList<SourceDraft> readSources(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
    {
        return {read(bytes, fileName, options)};
    }
};

}  // namespace thema
