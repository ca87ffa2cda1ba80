// Export → import → export: the same XML apart from dates; both schemas validate; references resolve.
#include "exchange/refiformat.h"
#include "fixture.h"
#include "refi/refiexport.h"
#include "refi/refiimport.h"
#include "shared.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <doctest/doctest.h>
#include <pugixml.hpp>

using namespace thema;

namespace {

QString tmp(const QString& name)
{
    static const QString dir = test::tempDir();
    return QDir(dir).filePath(name);
}

/** The XML without dates, and without the Note (and its NoteRef) that keeps an import's report. */
QString normalized(const QByteArray& xml, const QString& dropNote = {})
{
    QString s = QString::fromUtf8(xml);
    s.remove(QRegularExpression(QStringLiteral(" (creationDateTime|modifiedDateTime)=\"[^\"]*\"")));
    if (!dropNote.isEmpty()) {
        s.remove(QRegularExpression(QStringLiteral("\\s*<Note guid=\"%1\"[^>]*?(/>|>.*?</Note>)").arg(dropNote),
                                    QRegularExpression::DotMatchesEverythingOption));
        s.remove(QRegularExpression(QStringLiteral("\\s*<NoteRef targetGUID=\"%1\" />").arg(dropNote)));
    }
    return s;
}

void checkWithXmllint(const QString& schema, const QByteArray& xml)
{
    bool valid = false;
    const QString output = test::xmllint(test::sharedPath(QStringLiteral("refi/xsd/") + schema), xml, &valid);
    if (output.isNull()) {
        MESSAGE("skipped: xmllint (Debian package libxml2-utils) is not installed");
        return;
    }
    INFO(output.toStdString());
    CHECK(valid);
}

/** Every reference in a project document names an element of the document; colours are #RRGGBB. */
void checkReferences(const QByteArray& xml, const QMap<QString, QByteArray>& files)
{
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(xml.constData(), size_t(xml.size())));
    QSet<QString> guids;
    QStringList refs;
    QList<pugi::xml_node> all;
    std::function<void(pugi::xml_node)> walk = [&](pugi::xml_node n) {
        for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
            if (c.type() != pugi::node_element)
                continue;
            all.append(c);
            if (c.attribute("guid"))
                guids.insert(QString::fromUtf8(c.attribute("guid").value()));
            walk(c);
        }
    };
    walk(doc);
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-f]{6}$"));
    for (const pugi::xml_node& n : all) {
        for (const char* a : {"targetGUID", "creatingUser", "originGUID"})
            if (n.attribute(a))
                refs.append(QString::fromUtf8(n.attribute(a).value()));
        if (n.attribute("color"))
            CHECK(rgb.match(QString::fromUtf8(n.attribute("color").value())).hasMatch());
        if (std::string(n.name()) == "TextSource") {
            const QString path = QString::fromUtf8(n.attribute("plainTextPath").value());
            REQUIRE(path.startsWith(QStringLiteral("internal://")));
            const QString entry = QStringLiteral("sources/") + path.mid(11);
            REQUIRE(files.contains(entry));
            const qint64 length = QString::fromUtf8(files.value(entry)).toUcs4().size();
            for (pugi::xml_node sel = n.child("PlainTextSelection"); sel; sel = sel.next_sibling("PlainTextSelection")) {
                if (std::string(sel.attribute("name").value()) == "Case link")  // 0 to 0, see refi::casesRootGuid()
                    CHECK(sel.attribute("endPosition").as_llong() == 0);
                else
                    CHECK(sel.attribute("startPosition").as_llong() < sel.attribute("endPosition").as_llong());
                CHECK(sel.attribute("endPosition").as_llong() <= length);
            }
        }
    }
    // Every GUID is unique but a case's, which its code below "Cases" shares (refi::casesRootGuid()).
    const pugi::xml_node cases = doc.child("Project").child("CodeBook").child("Codes").find_child_by_attribute("Code", "name", "Cases");
    CHECK(guids.size() + qsizetype(std::distance(cases.children("Code").begin(), cases.children("Code").end())) ==
          qsizetype(std::count_if(all.begin(), all.end(), [](const pugi::xml_node& n) { return bool(n.attribute("guid")); })));
    for (const QString& r : refs) {
        INFO(r.toStdString());
        CHECK(guids.contains(r));
    }
}

struct ThemeView {
    QString path, definition, status, codes, exemplars;
    int position;
    friend bool operator==(const ThemeView&, const ThemeView&) = default;
};

QList<ThemeView> themesOf(const ProjectStore& store)
{
    QList<ThemeView> out;
    for (const Theme& t : store.themes()) {
        QStringList codes, exemplars;
        for (Id c : t.codes)
            codes.append(store.code(c)->guid);
        for (Id c : store.exemplars(t.id))
            exemplars.append(store.coding(c)->guid);
        codes.sort();
        exemplars.sort();
        out.append({t.guid + QLatin1Char(' ') + t.path, t.definition, themeStatusName(t.status), codes.join(QLatin1Char(',')),
                    exemplars.join(QLatin1Char(',')), t.position});
    }
    return out;
}

}  // namespace

TEST_CASE("a project goes out and comes back the same, and both exports validate" * THEMA_NEEDS_SHARED)
{
    const auto original = test::buildExchangeFixture(tmp(QStringLiteral("original.thema")));
    refi::writeProject(*original, tmp(QStringLiteral("first.qdpx")));
    refi::writeCodebook(*original, tmp(QStringLiteral("first.qdc")));
    const auto first = test::unzip(tmp(QStringLiteral("first.qdpx")));
    REQUIRE(first.contains(QStringLiteral("project.qde")));
    // project.qde, two sources and the text of four journal notes (the project, theme, participant and coding memos)
    CHECK(first.size() == 7);
    checkWithXmllint(QStringLiteral("Project.xsd"), first.value(QStringLiteral("project.qde")));
    checkWithXmllint(QStringLiteral("Codebook.xsd"), refi::codebookXml(*original));
    checkReferences(first.value(QStringLiteral("project.qde")), first);

    const QString copyPath = tmp(QStringLiteral("copy.thema"));
    auto copy = ProjectStore::create(copyPath);
    const ExchangeReport report = refi::importInto(*copy, tmp(QStringLiteral("first.qdpx")));
    INFO(report.toText().toStdString());
    CHECK(report.notImported.isEmpty());
    CHECK(report.refused.isEmpty());

    refi::writeProject(*copy, tmp(QStringLiteral("second.qdpx")));
    refi::writeCodebook(*copy, tmp(QStringLiteral("second.qdc")));
    const auto second = test::unzip(tmp(QStringLiteral("second.qdpx")));
    QString reportGuid;
    for (const Memo& m : copy->memos())
        if (m.title == report.title)
            reportGuid = m.guid;
    REQUIRE(!reportGuid.isEmpty());
    CHECK(normalized(second.value(QStringLiteral("project.qde")), reportGuid) == normalized(first.value(QStringLiteral("project.qde"))));
    CHECK(refi::codebookXml(*copy) == refi::codebookXml(*original));
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        if (it.key() != QLatin1String("project.qde"))
            CHECK(second.value(it.key()) == it.value());

    // Themes come back exactly: path, definition, status, position, codes and exemplars.
    CHECK(themesOf(*copy) == themesOf(*original));
    REQUIRE(copy->codings().size() == original->codings().size());
    for (const Coding& c : original->codings()) {
        bool found = false;
        for (const Coding& d : copy->codings())
            if (d.guid == c.guid) {
                found = true;
                CHECK(d.span == c.span);
                CHECK(d.memo == c.memo);
                CHECK(copy->code(d.code)->guid == original->code(c.code)->guid);
                CHECK(copy->coder(d.coder)->name == original->coder(c.coder)->name);
            }
        CHECK(found);
    }
    for (const Code& c : original->codes()) {
        const auto d = copy->codeByGuid(c.guid);
        REQUIRE(d);
        CHECK(d->path == c.path);
        CHECK(d->color == c.color);
        CHECK(d->description == c.description);
    }
    const auto p1 = copy->participantByName(QStringLiteral("P1"));
    REQUIRE(p1);
    CHECK(p1->attributes.value(QStringLiteral("role")) == QStringLiteral("clinician"));
    CHECK(copy->participantByName(QStringLiteral("Interviewer"))->interviewer);
    CHECK(copy->sourceByName(QStringLiteral("Interview P1"))->participant == p1->id);
    CHECK(copy->memos().size() == original->memos().size() + 1);  // + the import report
}

TEST_CASE("the codebook lists themes as a non-codable Themes tree and as marked Sets")
{
    const auto store = test::buildExchangeFixture(tmp(QStringLiteral("codebook.thema")));
    const QByteArray xml = refi::codebookXml(*store);
    pugi::xml_document doc;
    REQUIRE(doc.load_buffer(xml.constData(), size_t(xml.size())));
    const pugi::xml_node root = doc.child("CodeBook").child("Codes").find_child_by_attribute("Code", "name", "Themes");
    REQUIRE(root);
    CHECK(std::string(root.attribute("isCodable").value()) == "false");
    CHECK(QString::fromUtf8(root.attribute("guid").value()) == refi::themesRootGuid());
    const pugi::xml_node theme = root.find_child_by_attribute("Code", "name", "Being believed");
    REQUIRE(theme);
    CHECK(theme.find_child_by_attribute("Code", "name", "First impressions"));
    const pugi::xml_node set = doc.child("CodeBook").child("Sets").find_child_by_attribute("Set", "name", "Theme: Being believed/First impressions");
    REQUIRE(set);
    CHECK(set.child("MemberCode").attribute("guid"));  // Codebook.xsd spells the reference "guid"
    CHECK(QString::fromUtf8(set.child_value("Description")).contains(QStringLiteral("[Thema theme; status: reviewed")));
}
