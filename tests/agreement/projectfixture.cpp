#include "projectfixture.h"

#include "shared.h"

#include <QDir>
#include <QUuid>

namespace thema::test {

AgreementProject::AgreementProject()
{
    store = ProjectStore::create(QDir(tempDir()).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".thema")));
}

Id AgreementProject::source(const QString& name, const QString& text)
{
    Source s;
    s.name = name;
    s.format = QStringLiteral("txt");
    s.language = QStringLiteral("en");
    return store->addSource(s, text);
}

Id AgreementProject::coding(Id source, qint64 start, qint64 end, Id code, Id coder)
{
    Coding c;
    c.source = source;
    c.span = {start, end};
    c.code = code;
    c.coder = coder;
    return store->addCoding(c);
}

}  // namespace thema::test
