#include "docimporter.h"

#include "model/error.h"
#include "plaintextimporter.h"
#include "text/decoder.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace thema {
namespace {

struct Converter {
    QString program;
    QStringList arguments;  // the file's path is appended
};

// antiword: no line wrapping, UTF-8 output; catdoc: UTF-8, no wrapping either.
const QList<Converter>& converters()
{
    static const QList<Converter> list{
        {QStringLiteral("antiword"), {QStringLiteral("-w"), QStringLiteral("0"), QStringLiteral("-m"), QStringLiteral("UTF-8.txt")}},
        {QStringLiteral("catdoc"), {QStringLiteral("-d"), QStringLiteral("utf-8"), QStringLiteral("-w")}},
    };
    return list;
}

QString howToConvert()
{
    return QStringLiteral("open it in Word or LibreOffice and save it as .docx (or run "
                          "\"libreoffice --headless --convert-to docx FILE.doc\"), then import that");
}

}  // namespace

bool DocImporter::isOle(const QByteArray& head)
{
    return head.startsWith(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

int DocImporter::sniff(const QByteArray& head, const QString& fileName) const
{
    return isOle(head) && QFileInfo(fileName).suffix().compare(QLatin1String("doc"), Qt::CaseInsensitive) == 0 ? 100 : 0;
}

SourceDraft DocImporter::read(const QByteArray& bytes, const QString& fileName, const ImportOptions& options) const
{
    const QString name = QFileInfo(fileName).fileName();
    if (!isOle(bytes))
        throw Error(QStringLiteral("%1: not a Word 97–2003 document (no OLE signature)").arg(fileName));
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/thema-XXXXXX.doc"));
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        throw Error(QStringLiteral("%1: cannot write a temporary copy for conversion: %2").arg(fileName, copy.errorString()));
    copy.close();

    QStringList problems;
    bool anyConverter = false;
    for (const Converter& c : converters()) {
        const QString program = QStandardPaths::findExecutable(c.program);
        if (program.isEmpty())
            continue;
        anyConverter = true;
        QProcess process;
        process.start(program, c.arguments + QStringList{copy.fileName()});
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            problems.append(QStringLiteral("%1 did not finish in two minutes").arg(c.program));
            continue;
        }
        const QByteArray out = process.readAllStandardOutput();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || out.trimmed().isEmpty()) {
            QString why = QString::fromLocal8Bit(process.readAllStandardError()).simplified();
            why.replace(copy.fileName(), name);
            problems.append(QStringLiteral("%1: %2").arg(c.program, why.isEmpty() ? QStringLiteral("no text") : why));
            continue;
        }
        // decodeText refuses output that is still binary.
        SourceDraft draft = PlainTextImporter::readText(decodeText(out, fileName).text, false, options);
        draft.format = format();
        draft.warnings.append(QStringLiteral("%1: text taken from the Word 97–2003 file with %2; check tables and "
                                             "tracked changes against the original").arg(name, c.program));
        return draft;
    }
    if (!anyConverter)
        throw Error(QStringLiteral("%1: a Word 97–2003 document (.doc) needs antiword or catdoc to import (Debian "
                                   "packages antiword, catdoc); install one, or %2").arg(fileName, howToConvert()));
    throw Error(QStringLiteral("%1: cannot read this Word 97–2003 document (%2); it may be damaged or password-protected; %3")
                    .arg(fileName, problems.join(QStringLiteral("; ")), howToConvert()));
}

}  // namespace thema
