// Word 97–2003 .doc: text through antiword/catdoc, or a refusal that names the file and says how to convert.
#include "clirun.h"
#include "importerregistry.h"
#include "model/error.h"
#include "testfiles.h"
#include "text/offsets.h"

#include <doctest/doctest.h>

#include <QStandardPaths>

using namespace thema;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(THEMA_SOURCE_DIR "/tests/transcripts/data/") + name;
}

bool hasConverter()
{
    return !QStandardPaths::findExecutable(QStringLiteral("antiword")).isEmpty() ||
           !QStandardPaths::findExecutable(QStringLiteral("catdoc")).isEmpty();
}

QString errorOf(const QString& path)
{
    try {
        ImporterRegistry::instance().readFile(path, {});
    } catch (const Error& e) {
        return e.message();
    }
    return {};
}

}  // namespace

TEST_CASE("a Word 97 document imports its text through antiword or catdoc (.ci/deps.sh installs both)")
{
    REQUIRE(hasConverter());
    const SourceDraft d = ImporterRegistry::instance().readFile(fixture(QStringLiteral("word97-sr2.doc")), {});
    CHECK(d.format == QStringLiteral("doc"));
    CHECK(d.name == QStringLiteral("word97-sr2"));
    CHECK(d.text == QStringLiteral("This is a simple file created with Word 97-SR2."));
    REQUIRE(d.turns.size() == 1);
    CHECK(d.turns[0].speaker.isEmpty());
    CHECK(d.warnings.join(QString()).contains(QStringLiteral("antiword")));
}

TEST_CASE("an OLE file that is no Word document is refused, never imported as garbage")
{
    const QString path = fixture(QStringLiteral("bad-header.doc"));
    const QString message = errorOf(path);
    CAPTURE(message.toStdString());
    CHECK(message.startsWith(path));
    CHECK(message.contains(QStringLiteral("save it as .docx")));
    const QString junk = test::writeTestFile(QStringLiteral("junk.doc"),
                                             QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(3000, '\x07'));
    CHECK(errorOf(junk).startsWith(junk));
}

TEST_CASE("without antiword and catdoc the refusal says which packages to install and how to convert")
{
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QByteArray("/nonexistent"));
    const QString message = errorOf(fixture(QStringLiteral("word97-sr2.doc")));
    qputenv("PATH", path);
    CAPTURE(message.toStdString());
    CHECK(message.startsWith(fixture(QStringLiteral("word97-sr2.doc"))));
    CHECK(message.contains(QStringLiteral("antiword or catdoc")));
    CHECK(message.contains(QStringLiteral("save it as .docx")));
}

TEST_CASE("thema-cli imports a .doc")
{
    const QString project = QDir(test::tempDir()).filePath(QStringLiteral("doc.thema"));
    REQUIRE(test::runCli({QStringLiteral("init"), project}).code == 0);
    const test::CliRun r = test::runCli({QStringLiteral("import"), project, fixture(QStringLiteral("word97-sr2.doc"))});
    const QString out = r.out;
    CAPTURE(out.toStdString());
    CHECK(r.code == 0);
    CHECK(out.contains(QStringLiteral("Imported \"word97-sr2\": 47 characters, 1 turns")));
}
