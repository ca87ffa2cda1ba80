#include "refireader.h"

#include "exchange/refiformat.h"
#include "model/error.h"
#include "refinodes.h"
#include "store/projectstore.h"
#include "text/decoder.h"

#include <QMap>

namespace thema {

using namespace refinodes;

namespace {

QString plural(qint64 n, const QString& one, const QString& many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

struct CodeEntry {
    pugi::xml_node node;
    QString key;           // normalised GUID, or the raw attribute when it is not a GUID
    QString parentKey;
    QString name;
    bool codable = true;
};

void collectCodes(const pugi::xml_node& parent, const QString& parentKey, int depth, QList<CodeEntry>& out)
{
    if (depth > RefiReader::kMaxDepth)
        throw Error(QStringLiteral("codes are nested more than %1 levels deep").arg(RefiReader::kMaxDepth));
    each(parent, "Code", [&](const pugi::xml_node& c) {
        CodeEntry e;
        e.node = c;
        const QString raw = attr(c, "guid");
        e.key = normalizeGuidOr(raw);
        e.parentKey = parentKey;
        e.name = attr(c, "name");
        e.codable = attr(c, "isCodable").trimmed().toLower() != QLatin1String("false") && attr(c, "isCodable").trimmed() != QLatin1String("0");
        out.append(e);
        collectCodes(c, e.key, depth + 1, out);
    });
}

}  // namespace

void RefiReader::count(int n)
{
    m_elements += n;
    if (m_elements > kMaxElements)
        throw Error(QStringLiteral("%1: more than %2 elements; refusing the file as absurd").arg(m_package.displayName()).arg(kMaxElements));
}

QString RefiReader::takeGuid(const QString& raw)
{
    QString g = refi::normalizeGuid(raw);
    if (g.isEmpty() || m_usedGuids.contains(g))
        g = newGuid();
    m_usedGuids.insert(g);
    return g;
}

QDateTime RefiReader::time(const pugi::xml_node& node, const char* attribute) const
{
    const QDateTime t = QDateTime::fromString(attr(node, attribute).trimmed(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

ExchangeReport RefiReader::read()
{
    const pugi::xml_document doc = parseXml(m_package.xml(), m_package.displayName(), m_package.xmlEntry());
    const pugi::xml_node root = doc.document_element();
    const bool project = is(root, "Project");
    if (!project && !is(root, "CodeBook"))
        throw Error(QStringLiteral("%1: the root element is <%2>, not a QDA-XML <Project> or <CodeBook>")
                        .arg(m_package.displayName(), QString::fromUtf8(root.name())));
    const QString ns = attr(root, root.name()[0] && std::strchr(root.name(), ':') ? "xmlns:" : "xmlns");
    m_origin = attr(root, "origin");
    m_report.title = QStringLiteral("Import of %1%2").arg(m_package.displayName(),
                                                          m_origin.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_origin));
    if (!ns.isEmpty() && !ns.startsWith(QLatin1String("urn:QDA-XML:"), Qt::CaseInsensitive))
        m_report.notes.append(QStringLiteral("The namespace is \"%1\", not urn:QDA-XML; read as QDA-XML anyway").arg(ns));
    m_projectUser = normalizeGuidOr(attr(root, "creatingUserGUID"));
    if (!attr(root, "name").trimmed().isEmpty())
        m_store.setSetting(QStringLiteral("name"), attr(root, "name").trimmed());
    m_store.transaction([&] {
        if (project) {
            each(child(root, "Cases"), "Case", [&](const pugi::xml_node& c) { m_caseKeys.insert(normalizeGuidOr(attr(c, "guid"))); });
            readUsers(root);
            if (const auto codebook = child(root, "CodeBook"))
                readCodes(child(codebook, "Codes"));
            readNotes(root);
            readVariablesAndCases(root);
            readSources(root);
            readSets(child(root, "Sets"));
            readLinksAndRest(root);
            writeMemos();
        } else {
            readCodes(child(root, "Codes"));
            readSets(child(root, "Sets"));
        }
    });
    return m_report;
}

void RefiReader::readUsers(const pugi::xml_node& root)
{
    // A user becomes a coder when something is coded in its name; only Thema's own files keep coders without
    // codings (a second coder who has not started). Other clients list their program's user too.
    const bool keepAll = refi::isThemaOrigin(m_origin);
    each(child(root, "Users"), "User", [&](const pugi::xml_node& u) {
        count();
        const QString key = normalizeGuidOr(attr(u, "guid"));
        if (key.isEmpty() || m_userNames.contains(key))
            return;
        m_userNames.insert(key, attr(u, "name").trimmed());
        m_userGuids.insert(key, attr(u, "guid"));
        m_userOrder.append(key);
    });
    if (keepAll)
        for (const QString& key : std::as_const(m_userOrder))
            addUser(key);
}

Id RefiReader::addUser(const QString& key)
{
    const QString raw = m_userNames.value(key);
    QString name = refi::safeName(raw, QStringLiteral("User %1").arg(m_users.size() + 1));
    for (int n = 2; m_store.coderByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(refi::safeName(raw, QStringLiteral("User"))).arg(n);
    Coder c;
    c.guid = takeGuid(m_userGuids.value(key));
    c.name = name;
    const Id id = m_store.addCoder(c);
    m_users.insert(key, id);
    m_userNames.insert(key, name);
    ++m_addedUsers;
    return id;
}

Id RefiReader::coderFor(const QStringList& userGuids)
{
    for (const QString& raw : userGuids) {
        const QString key = normalizeGuidOr(raw);
        if (key.isEmpty())
            continue;
        if (const Id id = m_users.value(key))
            return id;
        if (m_userNames.contains(key))
            return addUser(key);
        // A creatingUser that <Users> does not list: keep the codings apart under a coder of its own.
        Coder c;
        c.guid = takeGuid(raw);
        c.name = QStringLiteral("User %1").arg(key.left(8));
        for (int n = 2; m_store.coderByName(c.name); ++n)
            c.name = QStringLiteral("User %1 (%2)").arg(key.left(8)).arg(n);
        const Id id = m_store.addCoder(c);
        m_users.insert(key, id);
        m_userNames.insert(key, c.name);
        m_report.notes.append(QStringLiteral("User %1 is not listed under <Users>; its codings belong to the coder \"%2\"").arg(raw, c.name));
        return id;
    }
    if (!m_fallbackCoder) {
        m_fallbackCoder = m_store.ensureCoder(QStringLiteral("Imported"));
        m_report.notes.append(QStringLiteral("Codings that name no user belong to the coder \"Imported\""));
    }
    return m_fallbackCoder;
}

void RefiReader::readCodes(const pugi::xml_node& codes)
{
    QList<CodeEntry> entries;
    collectCodes(codes, QString(), 0, entries);
    count(int(entries.size()));
    const QString themesRoot = refi::themesRootGuid();
    QSet<QString> skipped{themesRoot};
    int caseCodes = 0, themesFromTree = 0;
    QHash<QString, Id> themeTree;  // key of a code in Thema's "Themes" tree → theme (0 for the root)
    QHash<std::pair<Id, QString>, Id> byName;  // (parent, name) → code
    int added = 0, notCodable = 0, atlasParents = 0;
    QStringList renamed;
    auto addCode = [&](const CodeEntry& e, Id parent, const QString& wanted) -> Id {
        QString name = refi::safeName(wanted, QStringLiteral("Unnamed code"));
        if (name != wanted.trimmed())
            renamed.append(QStringLiteral("\"%1\" → \"%2\"").arg(wanted, name));
        const QString base = name;
        for (int n = 2; byName.contains({parent, name}); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (name != base)
            renamed.append(QStringLiteral("\"%1\" → \"%2\" (two codes of that name at one level)").arg(base, name));
        Code c;
        c.parent = parent;
        c.name = name;
        QList<std::pair<QString, QString>> memos;
        if (e.node) {
            c.guid = takeGuid(attr(e.node, "guid"));
            c.color = refi::normalizeColor(attr(e.node, "color"));
            QString description = text(child(e.node, "Description"));
            memos = refi::takeCodeMemos(description);
            c.description = refi::parseCodeDescription(description);
        }
        const Id id = m_store.addCode(c);
        byName.insert({parent, name}, id);
        // A Thema file has the memos as Notes too; from other programs (QualCoder) these paragraphs are the memos.
        if (!refi::isThemaOrigin(m_origin))
            for (qsizetype i = 0; i < memos.size(); ++i)
                addInlineNote(QStringLiteral("code-description:%1:%2").arg(e.key).arg(i), memos[i].first, memos[i].second,
                              QString(), {}, MemoTarget::Code, id);
        return id;
    };
    QList<CodeEntry> atlas;
    for (const CodeEntry& e : entries) {
        if (skipped.contains(e.parentKey) || e.key == themesRoot) {
            skipped.insert(e.key);  // Thema's "Themes" tree: the themes come back from their Sets
            continue;
        }
        if (m_caseKeys.contains(e.key)) {
            ++caseCodes;  // a case written as a code (NVivo, Thema): its codings link the case to sources
            continue;
        }
        if (e.key == refi::casesRootGuid())
            continue;
        if (e.parentKey.isEmpty() && !e.codable && !e.node.child("Code") &&
            e.name == QLatin1String("Cases") && text(child(e.node, "Description")).startsWith(QLatin1String("The participants (cases) of the study"))) {
            continue;  // Thema's "Cases" code after a program that renews GUIDs (QualCoder) dropped the case codes
        }
        if (!e.codable && (themeTree.contains(e.parentKey) ||
                           (e.parentKey.isEmpty() && e.name == QLatin1String("Themes") &&
                            text(child(e.node, "Description")).startsWith(QLatin1String("Themes and subthemes from Thema"))))) {
            // Thema's "Themes" tree after a program that drops Sets (QualCoder): the themes, without their codes.
            Theme t;
            t.parent = themeTree.value(e.parentKey);
            if (!e.parentKey.isEmpty() || e.name != QLatin1String("Themes") || themeTree.contains(e.parentKey)) {
                t.guid = takeGuid(QString());
                t.name = refi::safeName(e.name, QStringLiteral("Theme"));
                t.definition = text(child(e.node, "Description"));
                themeTree.insert(e.key, m_store.addTheme(t));
                ++themesFromTree;
            } else {
                themeTree.insert(e.key, 0);
            }
            continue;
        }
        if (e.parentKey.isEmpty() && e.name.contains(QLatin1String("::"))) {
            atlas.append(e);
            continue;
        }
        const Id id = addCode(e, m_codes.value(e.parentKey), e.name);
        m_codes.insert(e.key, id);
        noteRefs(e.node, MemoTarget::Code, id);
        ++added;
        notCodable += e.codable ? 0 : 1;
    }
    // ATLAS.ti writes hierarchy as "Parent::child" names on flat codes; parents may come after children.
    std::stable_sort(atlas.begin(), atlas.end(), [](const CodeEntry& a, const CodeEntry& b) {
        return a.name.count(QLatin1String("::")) < b.name.count(QLatin1String("::"));
    });
    for (const CodeEntry& e : atlas) {
        const QStringList parts = e.name.split(QLatin1String("::"));
        Id parent = 0;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            const QString part = refi::safeName(parts[i], QStringLiteral("Unnamed code"));
            Id next = byName.value({parent, part});
            if (!next) {
                next = addCode(CodeEntry{}, parent, part);
                ++atlasParents;
            }
            parent = next;
        }
        const Id id = addCode(e, parent, parts.last());
        m_codes.insert(e.key, id);
        noteRefs(e.node, MemoTarget::Code, id);
        ++added;
    }
    if (added)
        m_report.imported.append(plural(added, QStringLiteral("code"), QStringLiteral("codes")));
    if (themesFromTree)
        m_report.imported.append(QStringLiteral("%1 from Thema's \"Themes\" codes, without their codes (the file has no theme Sets)")
                                     .arg(plural(themesFromTree, QStringLiteral("theme"), QStringLiteral("themes"))));
    if (caseCodes)
        m_report.notes.append(QStringLiteral("%1 sharing a case's GUID stood for cases; their codings link cases to sources")
                                  .arg(plural(caseCodes, QStringLiteral("code"), QStringLiteral("codes"))));
    if (!atlas.isEmpty())
        m_report.notes.append(QStringLiteral("%1 named \"Parent::child\" (ATLAS.ti) became subcodes%2")
                                  .arg(plural(atlas.size(), QStringLiteral("code"), QStringLiteral("codes")),
                                       atlasParents ? QStringLiteral("; %1 created for them").arg(plural(atlasParents, QStringLiteral("parent code was"), QStringLiteral("parent codes were"))) : QString()));
    if (notCodable)
        m_report.notes.append(QStringLiteral("%1 marked not codable (grouping codes) came in as ordinary codes")
                                  .arg(plural(notCodable, QStringLiteral("code"), QStringLiteral("codes"))));
    if (!renamed.isEmpty())
        m_report.notes.append(QStringLiteral("Renamed codes: %1").arg(renamed.join(QStringLiteral("; "))));
}

void RefiReader::readNotes(const pugi::xml_node& root)
{
    each(child(root, "Notes"), "Note", [&](const pugi::xml_node& n) {
        count();
        NoteInfo note;
        note.guid = normalizeGuidOr(attr(n, "guid"));
        note.title = attr(n, "name");
        QString body = text(child(n, "PlainTextContent"));
        if (body.isEmpty() && !attr(n, "plainTextPath").isEmpty()) {
            if (const auto bytes = m_package.file(attr(n, "plainTextPath"))) {
                try {
                    body = decodeText(*bytes, attr(n, "plainTextPath")).text;
                } catch (const Error& e) {
                    m_report.notImported.append(QStringLiteral("The text of note \"%1\": %2").arg(note.title, e.message()));
                }
            } else {
                m_report.notImported.append(QStringLiteral("The text of note \"%1\": %2 is not in the file")
                                                .arg(note.title, attr(n, "plainTextPath")));
            }
        }
        const QString description = text(child(n, "Description")).trimmed();
        note.text = description.isEmpty() ? body : body.isEmpty() ? description : description + QStringLiteral("\n\n") + body;
        note.author = m_userNames.value(normalizeGuidOr(attr(n, "creatingUser")));
        note.created = time(n, "creationDateTime");
        note.modified = time(n, "modifiedDateTime");
        if (const pugi::xml_node sel = child(n, "PlainTextSelection")) {
            // QualCoder writes a comment on a passage as a Note holding the passage, referenced from its source.
            bool okStart = false, okEnd = false;
            const qint64 start = attr(sel, "startPosition").toLongLong(&okStart), end = attr(sel, "endPosition").toLongLong(&okEnd);
            if (okStart && okEnd && start >= 0 && end > start)
                note.anchor = Span{start, end};
        }
        m_notes.insert(note.guid, note);
        m_noteOrder.append(note.guid);
    });
}

void RefiReader::noteRefs(const pugi::xml_node& node, MemoTarget target, Id targetId, std::optional<Span> anchor)
{
    each(node, "NoteRef", [&](const pugi::xml_node& r) {
        Memo m;
        m.target = target;
        m.targetId = targetId;
        m.anchor = anchor;
        m_memos.append({normalizeGuidOr(attr(r, "targetGUID")), m});
    });
}

void RefiReader::readVariablesAndCases(const pugi::xml_node& root)
{
    struct Variable {
        QString name, type;
    };
    QHash<QString, Variable> variables;
    each(child(root, "Variables"), "Variable", [&](const pugi::xml_node& v) {
        count();
        variables.insert(normalizeGuidOr(attr(v, "guid")), {refi::safeName(attr(v, "name"), QStringLiteral("Variable")), attr(v, "typeOfVariable")});
    });
    const QString interviewerGuid = refi::derivedGuid(QStringLiteral("thema:variable:interviewer"));
    int added = 0, caseCodes = 0, caseSelections = 0;
    each(child(root, "Cases"), "Case", [&](const pugi::xml_node& c) {
        count();
        Participant p;
        p.guid = takeGuid(attr(c, "guid"));
        const QString wanted = refi::safeName(attr(c, "name"), QStringLiteral("Case %1").arg(added + 1));
        p.name = wanted;
        for (int n = 2; m_store.participantByName(p.name); ++n)
            p.name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        p.description = text(child(c, "Description"));
        each(c, "VariableValue", [&](const pugi::xml_node& vv) {
            const QString ref = normalizeGuidOr(attr(child(vv, "VariableRef"), "targetGUID"));
            const Variable var = variables.value(ref, {QStringLiteral("Variable"), QString()});
            QString value;
            for (pugi::xml_node x = vv.first_child(); x; x = x.next_sibling())
                if (x.type() == pugi::node_element && !is(x, "VariableRef"))
                    value = text(x).trimmed();
            // QualCoder writes every variable as Text: an "Interviewer" variable of true/false is still the flag.
            const bool isBoolean = is(vv.last_child(), "BooleanValue") || var.type == QLatin1String("Boolean") ||
                                   QStringList{QStringLiteral("true"), QStringLiteral("false")}.contains(value.toLower());
            if (isBoolean && (ref == interviewerGuid || var.name.compare(QLatin1String("Interviewer"), Qt::CaseInsensitive) == 0))
                p.interviewer = value.toLower() == QLatin1String("true") || value == QLatin1String("1");
            else
                p.attributes.insert(var.name, value);
        });
        caseCodes += countOf(c, "CodeRef");
        caseSelections += countOf(c, "SelectionRef");
        const Id id = m_store.addParticipant(p);
        m_participants.insert(normalizeGuidOr(attr(c, "guid")), id);
        each(c, "SourceRef", [&](const pugi::xml_node& s) { m_sourceOwner.insert(normalizeGuidOr(attr(s, "targetGUID")), id); });
        ++added;
    });
    if (added)
        m_report.imported.append(plural(added, QStringLiteral("case (participant)"), QStringLiteral("cases (participants)")));
    if (caseCodes)
        m_report.notImported.append(QStringLiteral("%1 from cases to codes (Thema links participants to sources, not codes)")
                                        .arg(plural(caseCodes, QStringLiteral("reference"), QStringLiteral("references"))));
    if (caseSelections)
        m_report.notImported.append(QStringLiteral("%1 from cases to selections (case coding of passages)")
                                        .arg(plural(caseSelections, QStringLiteral("reference"), QStringLiteral("references"))));
}

void RefiReader::readSets(const pugi::xml_node& sets)
{
    struct Marked {
        pugi::xml_node node;
        QString guid, definition;
        refi::ThemeMarker marker;
    };
    QList<Marked> marked;
    int candidates = 0;
    each(sets, "Set", [&](const pugi::xml_node& s) {
        count();
        const QString name = attr(s, "name");
        QString definition;
        if (const auto marker = refi::parseThemeDescription(text(child(s, "Description")), &definition)) {
            marked.append({s, normalizeGuidOr(attr(s, "guid")), definition, *marker});
            return;
        }
        const int codes = countOf(s, "MemberCode"), sources = countOf(s, "MemberSource"), notes = countOf(s, "MemberNote");
        if (sources)
            m_report.notImported.append(QStringLiteral("Set \"%1\": %2 (Thema has no sets of sources; use participant attributes)")
                                            .arg(name, plural(sources, QStringLiteral("source"), QStringLiteral("sources"))));
        if (!codes && !sources && !notes)
            m_report.notImported.append(QStringLiteral("Set \"%1\": it is empty").arg(name));
        if (!codes)
            return;
        Theme t;
        t.guid = takeGuid(attr(s, "guid"));
        const QString wanted = refi::safeName(name, QStringLiteral("Set"));
        t.name = wanted;
        for (int n = 2; m_store.themeByPath(t.name); ++n)
            t.name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
        t.definition = text(child(s, "Description"));
        each(s, "MemberCode", [&](const pugi::xml_node& m) {
            const QString ref = normalizeGuidOr(attr(m, "targetGUID").isEmpty() ? attr(m, "guid") : attr(m, "targetGUID"));
            if (const Id code = m_codes.value(ref); code && !t.codes.contains(code))
                t.codes.append(code);
        });
        const Id id = m_store.addTheme(t);
        each(s, "MemberNote", [&](const pugi::xml_node& m) {
            Memo memo;
            memo.target = MemoTarget::Theme;
            memo.targetId = id;
            m_memos.append({normalizeGuidOr(attr(m, "targetGUID")), memo});
        });
        ++candidates;
    });
    // Thema's own themes: parents before subthemes, whatever the order of the Sets.
    QHash<QString, Id> themes;
    int restored = 0;
    for (bool progress = true; progress && !marked.isEmpty();) {
        progress = false;
        for (qsizetype i = 0; i < marked.size(); ++i) {
            const Marked& m = marked[i];
            if (!m.marker.parentGuid.isEmpty() && !themes.contains(m.marker.parentGuid) &&
                std::any_of(marked.begin(), marked.end(), [&](const Marked& o) { return o.guid == m.marker.parentGuid; }))
                continue;
            Theme t;
            t.guid = takeGuid(m.guid);
            t.parent = themes.value(m.marker.parentGuid);
            t.name = refi::safeName(refi::themeNameFromSet(attr(m.node, "name")), QStringLiteral("Theme"));
            t.definition = m.definition;
            t.status = m.marker.status;
            t.position = m.marker.position;
            each(m.node, "MemberCode", [&](const pugi::xml_node& mc) {
                const QString ref = normalizeGuidOr(attr(mc, "targetGUID").isEmpty() ? attr(mc, "guid") : attr(mc, "targetGUID"));
                if (const Id code = m_codes.value(ref); code && !t.codes.contains(code))
                    t.codes.append(code);
            });
            const Id id = m_store.addTheme(t);
            themes.insert(m.guid, id);
            for (const QString& coding : m.marker.exemplars)
                if (const Id c = m_codings.value(coding))
                    m_store.setExemplar(id, c, true);
            each(m.node, "MemberNote", [&](const pugi::xml_node& mn) {
                Memo memo;
                memo.target = MemoTarget::Theme;
                memo.targetId = id;
                m_memos.append({normalizeGuidOr(attr(mn, "targetGUID")), memo});
            });
            ++restored;
            marked.removeAt(i--);
            progress = true;
        }
    }
    if (restored)
        m_report.imported.append(plural(restored, QStringLiteral("Thema theme"), QStringLiteral("Thema themes")));
    if (candidates)
        m_report.imported.append(QStringLiteral("%1 of codes as candidate themes").arg(plural(candidates, QStringLiteral("set"), QStringLiteral("sets"))));
}

void RefiReader::readLinksAndRest(const pugi::xml_node& root)
{
    int links = 0;
    each(child(root, "Links"), "Link", [&](const pugi::xml_node& l) {
        count();
        const QString origin = normalizeGuidOr(attr(l, "originGUID"));
        const Id participant = m_participants.value(normalizeGuidOr(attr(l, "targetGUID")));
        if (m_notes.contains(origin) && participant) {
            Memo memo;
            memo.target = MemoTarget::Participant;
            memo.targetId = participant;
            m_memos.append({origin, memo});
        } else {
            ++links;
        }
    });
    if (links)
        m_report.notImported.append(QStringLiteral("%1 between entities (Thema has no links)").arg(plural(links, QStringLiteral("link"), QStringLiteral("links"))));
    const int graphs = countOf(child(root, "Graphs"), "Graph");
    if (graphs)
        m_report.notImported.append(QStringLiteral("%1 (network views)").arg(plural(graphs, QStringLiteral("graph"), QStringLiteral("graphs"))));
    if (!text(child(root, "Description")).trimmed().isEmpty()) {
        NoteInfo n;
        n.guid = QStringLiteral("project-description");
        n.title = QStringLiteral("Project description");
        n.text = text(child(root, "Description"));
        m_notes.insert(n.guid, n);
        Memo memo;
        m_memos.append({n.guid, memo});
    }
    noteRefs(root, MemoTarget::Project, 0);
}

void RefiReader::writeMemos()
{
    // In the order of <Notes>, so memos keep their order through an export and an import.
    QHash<QString, QList<const PendingMemo*>> refs;
    QStringList order = m_noteOrder;
    for (const PendingMemo& p : std::as_const(m_memos)) {
        if (!order.contains(p.note))
            order.append(p.note);
        refs[p.note].append(&p);
    }
    QSet<QString> used;
    int added = 0, missing = 0;
    for (const QString& key : std::as_const(order)) {
        const auto note = m_notes.constFind(key);
        if (note == m_notes.cend()) {
            missing += int(refs.value(key).size());
            continue;
        }
        for (const PendingMemo* p : refs.value(key)) {
            Memo m = p->memo;
            if (m.target == MemoTarget::Source && !m.anchor && note->anchor) {
                const auto source = m_store.source(m.targetId);
                if (source && note->anchor->end <= source->characters)
                    m.anchor = note->anchor;
            }
            m.guid = used.contains(key) ? QString() : takeGuid(note->guid);
            m.title = note->title;
            m.text = note->text;
            m.author = note->author;
            m.createdAt = note->created;
            m.modifiedAt = note->modified;
            m_store.addMemo(m);
            used.insert(key);
            ++added;
        }
        if (used.contains(key) || m_consumedNotes.contains(key))
            continue;
        Memo m;  // a note nothing refers to: a memo on the project
        m.guid = takeGuid(note->guid);
        m.title = note->title;
        m.text = note->text;
        m.author = note->author;
        m.createdAt = note->created;
        m.modifiedAt = note->modified;
        m_store.addMemo(m);
        used.insert(key);
        ++m_unattachedNotes;
        ++added;
    }
    if (m_addedUsers)
        m_report.imported.append(plural(m_addedUsers, QStringLiteral("user (coder)"), QStringLiteral("users (coders)")));
    if (const qsizetype idle = m_userNames.size() - m_users.size(); idle > 0)
        m_report.notes.append(QStringLiteral("%1 without codings did not become coders").arg(plural(idle, QStringLiteral("user"), QStringLiteral("users"))));
    const int unattached = m_unattachedNotes;
    if (added)
        m_report.imported.append(plural(added, QStringLiteral("note (memo)"), QStringLiteral("notes (memos)")));
    if (unattached)
        m_report.notes.append(QStringLiteral("%1 referenced by nothing became project memos").arg(plural(unattached, QStringLiteral("note"), QStringLiteral("notes"))));
    if (missing)
        m_report.notImported.append(QStringLiteral("%1 to notes the file does not contain").arg(plural(missing, QStringLiteral("reference"), QStringLiteral("references"))));
}

void RefiReader::addInlineNote(const QString& key, const QString& title, const QString& text, const QString& author,
                               const QDateTime& created, MemoTarget target, Id targetId, std::optional<Span> anchor)
{
    NoteInfo note;
    note.guid = key;
    note.title = title;
    note.text = text;
    note.author = author;
    note.created = created;
    note.modified = created;
    m_notes.insert(key, note);
    Memo memo;
    memo.target = target;
    memo.targetId = targetId;
    memo.anchor = anchor;
    m_memos.append({key, memo});
}

}  // namespace thema
