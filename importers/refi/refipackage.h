#pragma once

#include "ziparchive.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace thema {

/**
 * An exchange file opened for reading: a .qdpx (zip with one *.qde and the sources' files) or a bare .qde/.qdc
 * (XML only). Leniency follows what real exports do: the .qde may have any name (one at the root, or else one
 * anywhere), the sources folder may be "Sources/" or "sources/", paths may start with "internal://" or not,
 * and names are matched ignoring case. The zip is read through ZipArchive (bounded sizes, no path escape).
 */
class RefiPackage {
public:
    /** Opens @p path; throws thema::Error naming it when it is neither a zip with one .qde nor XML. */
    static RefiPackage open(const QString& path);

    QString displayName() const { return m_name; }
    /** The folder holding the exchange file (absolute): where relative:// paths without a usable basePath point. */
    QString folder() const { return m_folder; }
    const QByteArray& xml() const { return m_xml; }
    QString xmlEntry() const { return m_xmlEntry; }

    /** The bytes of the file a plainTextPath/path attribute names, or nullopt when the package lacks it. */
    std::optional<QByteArray> file(const QString& pathAttribute) const;

private:
    QString m_name;
    QString m_folder;
    QString m_xmlEntry;
    QByteArray m_xml;
    std::optional<ZipArchive> m_zip;
};

}  // namespace thema
