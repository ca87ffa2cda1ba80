#include "refipackage.h"

#include "model/error.h"

#include <QFile>
#include <QFileInfo>

namespace thema {
namespace {

// A bare .qde or .qdc larger than this is not an exchange file anyone wrote by hand or tool.
constexpr qint64 kMaxXmlBytes = qint64(256) << 20;

}  // namespace

RefiPackage RefiPackage::open(const QString& path)
{
    RefiPackage package;
    package.m_name = QFileInfo(path).fileName();
    package.m_folder = QFileInfo(path).absolutePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot open the file (%2)").arg(path, file.errorString()));
    const QByteArray head = file.peek(4);
    if (!ZipArchive::looksLikeZip(head)) {
        if (file.size() > kMaxXmlBytes)
            throw Error(QStringLiteral("%1: %2 bytes is too large for a QDA-XML file").arg(path).arg(file.size()));
        package.m_xml = file.readAll();
        package.m_xmlEntry = package.m_name;
        return package;
    }
    file.close();
    package.m_zip.emplace(ZipArchive::fromPath(path));
    QStringList atRoot, anywhere;
    for (const QString& entry : package.m_zip->entries()) {
        if (!entry.endsWith(QLatin1String(".qde"), Qt::CaseInsensitive))
            continue;
        anywhere.append(entry);
        if (!entry.contains(QLatin1Char('/')))
            atRoot.append(entry);
    }
    const QStringList& candidates = atRoot.isEmpty() ? anywhere : atRoot;
    if (candidates.isEmpty())
        throw Error(QStringLiteral("%1: the archive holds no .qde file; it is not a REFI-QDA project").arg(path));
    if (candidates.size() > 1)
        throw Error(QStringLiteral("%1: the archive holds several .qde files (%2); which one is the project is unclear")
                        .arg(path, candidates.join(QStringLiteral(", "))));
    package.m_xmlEntry = candidates.first();
    package.m_xml = package.m_zip->read(package.m_xmlEntry);
    return package;
}

std::optional<QByteArray> RefiPackage::file(const QString& pathAttribute) const
{
    if (!m_zip)
        return std::nullopt;
    QString name = pathAttribute.trimmed();
    for (const QString& scheme : {QStringLiteral("internal://"), QStringLiteral("relative://")})
        if (name.startsWith(scheme, Qt::CaseInsensitive))
            name = name.mid(scheme.size());
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    if (name.isEmpty() || name.contains(QLatin1String("..")))
        return std::nullopt;
    const QString folder = m_xmlEntry.contains(QLatin1Char('/')) ? m_xmlEntry.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') : QString();
    for (const QString& candidate : QStringList{folder + QStringLiteral("sources/") + name, folder + name, name}) {
        if (m_zip->contains(candidate, false))
            return m_zip->read(candidate, false);
    }
    return std::nullopt;
}

}  // namespace thema
