#include "projectxml.h"

#include "codebookxml.h"
#include "exchange/refiformat.h"
#include "core/media/mediafiles.h"
#include "refixml.h"
#include "text/offsets.h"

#include <QFileInfo>
#include <QMap>
#include <QSet>

#include <tuple>

namespace thema::refi {
namespace {

QString interviewerGuid() { return derivedGuid(QStringLiteral("thema:variable:interviewer")); }
QString variableGuid(const QString& key) { return derivedGuid(QStringLiteral("thema:variable:") + key); }

QString excerpt(const QString& text, const Span& span)
{
    const QString s = TextOffsets::mid(text, span.start, span.end).simplified();
    return s.size() > 80 ? s.left(79) + QChar(0x2026) : s;
}

}  // namespace

ProjectXml::ProjectXml(const ProjectStore& store, PositionUnit unit)
    : m_store(store), m_unit(unit), m_memos(store.memos()), m_codings(store.codings())
{
    for (const Coder& c : store.coders()) {
        m_coderGuids.insert(c.id, c.guid);
        m_coderGuidByName.insert(c.name, c.guid);
    }
    for (const Code& c : store.codes())
        m_codeGuids.insert(c.id, c.guid);
}

QString ProjectXml::userGuid(const QString& author) const { return m_coderGuidByName.value(author); }

qint64 ProjectXml::position(const TextOffsets& offsets, qint64 codePoint) const
{
    return m_unit == PositionUnit::Utf16 ? offsets.toUtf16(codePoint) : codePoint;
}

QByteArray ProjectXml::write(QList<std::pair<QString, QByteArray>>& textFiles)
{
    pugi::xml_document doc;
    pugi::xml_node project = doc.append_child("Project");
    attr(project, "xmlns", QStringLiteral("urn:QDA-XML:project:1.0"));
    attr(project, "xmlns:xsi", QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    attr(project, "xsi:schemaLocation",
         QStringLiteral("urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"));
    attr(project, "name", m_store.setting(QStringLiteral("name"), QFileInfo(m_store.path()).completeBaseName()));
    attr(project, "origin", projectOrigin(m_unit));
    timeAttr(project, "creationDateTime", QDateTime::fromString(m_store.setting(QStringLiteral("created")), Qt::ISODate));
    timeAttr(project, "modifiedDateTime", QDateTime::currentDateTimeUtc());
    writeUsers(project);
    const CodebookXml codebook(m_store, Schema::Project);
    if (!codebook.isEmpty())
        codebook.writeCodes(project.append_child("CodeBook"));
    writeCaseCodes(project);
    writeCases(project);
    writeSources(project, textFiles);
    writeNotes(project, textFiles);
    bool links = false;
    for (const Memo& m : m_memos) {
        if (m.target != MemoTarget::Participant)
            continue;
        const auto p = m_store.participant(m.targetId);
        if (!p)
            continue;
        pugi::xml_node list = links ? project.child("Links") : project.append_child("Links");
        links = true;
        pugi::xml_node link = list.append_child("Link");
        attr(link, "guid", derivedGuid(QStringLiteral("thema:memo-link:") + m.guid));
        attr(link, "name", QStringLiteral("Memo"));
        attr(link, "direction", QStringLiteral("OneWay"));
        attr(link, "originGUID", m.guid);
        attr(link, "targetGUID", p->guid);
    }
    codebook.writeSets(project);
    for (const Memo& m : m_memos)
        if (m.target == MemoTarget::Project)
            refChild(project, "NoteRef", m.guid);
    return serialize(doc);
}

void ProjectXml::writeUsers(pugi::xml_node project)
{
    const QList<Coder> coders = m_store.coders();
    if (coders.isEmpty())
        return;
    pugi::xml_node users = project.append_child("Users");
    for (const Coder& c : coders) {
        pugi::xml_node user = users.append_child("User");
        attr(user, "guid", c.guid);
        attr(user, "name", c.name);
    }
}

void ProjectXml::writeCaseCodes(pugi::xml_node project)
{
    QSet<Id> linked;
    for (const Source& s : m_store.sources())
        if (s.participant)
            linked.insert(s.participant);
    if (linked.isEmpty())
        return;
    pugi::xml_node codebook = project.child("CodeBook");
    if (!codebook)
        codebook = project.append_child("CodeBook");
    pugi::xml_node codes = codebook.child("Codes");
    if (!codes)
        codes = codebook.append_child("Codes");
    pugi::xml_node root = groupingCode(codes, casesRootGuid(), QStringLiteral("Cases"),
              QStringLiteral("The participants (cases) of the study, for programs that link a case to its sources through "
                             "codings of a code with the case's GUID; not meant for coding."));
    for (const Participant& p : m_store.participants()) {
        if (!linked.contains(p.id))
            continue;
        pugi::xml_node code = root.append_child("Code");
        attr(code, "guid", p.guid);
        attr(code, "name", p.name);
        attr(code, "isCodable", QStringLiteral("true"));
    }
}

void ProjectXml::writeCases(pugi::xml_node project)
{
    const QList<Participant> participants = m_store.participants();
    if (participants.isEmpty())
        return;
    QSet<QString> keySet;
    bool anyInterviewer = false;
    for (const Participant& p : participants) {
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
            keySet.insert(it.key());
        anyInterviewer = anyInterviewer || p.interviewer;
    }
    QStringList keys(keySet.begin(), keySet.end());
    keys.sort();
    if (!keys.isEmpty() || anyInterviewer) {
        pugi::xml_node variables = project.append_child("Variables");
        for (const QString& key : keys) {
            pugi::xml_node v = variables.append_child("Variable");
            attr(v, "guid", variableGuid(key));
            attr(v, "name", key);
            attr(v, "typeOfVariable", QStringLiteral("Text"));
        }
        if (anyInterviewer) {
            pugi::xml_node v = variables.append_child("Variable");
            attr(v, "guid", interviewerGuid());
            attr(v, "name", keySet.contains(QStringLiteral("Interviewer")) ? QStringLiteral("Interviewer (Thema)")
                                                                            : QStringLiteral("Interviewer"));
            attr(v, "typeOfVariable", QStringLiteral("Boolean"));
            textChild(v, "Description", QStringLiteral("True for the interviewers of the study."));
        }
    }
    const QList<Source> sources = m_store.sources();
    pugi::xml_node cases = project.append_child("Cases");
    for (const Participant& p : participants) {
        pugi::xml_node c = cases.append_child("Case");
        attr(c, "guid", p.guid);
        attr(c, "name", p.name);
        if (!p.description.isEmpty())
            textChild(c, "Description", p.description);
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it) {
            pugi::xml_node value = c.append_child("VariableValue");
            refChild(value, "VariableRef", variableGuid(it.key()));
            textChild(value, "TextValue", it.value());
        }
        if (p.interviewer) {
            pugi::xml_node value = c.append_child("VariableValue");
            refChild(value, "VariableRef", interviewerGuid());
            textChild(value, "BooleanValue", QStringLiteral("true"));
        }
        for (const Source& s : sources)
            if (s.participant == p.id)
                refChild(c, "SourceRef", s.guid);
    }
}

void ProjectXml::writeSources(pugi::xml_node project, QList<std::pair<QString, QByteArray>>& textFiles)
{
    const QList<Source> sources = m_store.sources();
    if (sources.isEmpty())
        return;
    QHash<Id, QString> participantGuids;
    for (const Participant& p : m_store.participants())
        participantGuids.insert(p.id, p.guid);
    pugi::xml_node list = project.append_child("Sources");
    for (const Source& s : sources) {
        pugi::xml_node node = list.append_child("TextSource");
        attr(node, "guid", s.guid);
        attr(node, "name", s.name);
        attr(node, "plainTextPath", QStringLiteral("internal://%1.txt").arg(s.guid));
        timeAttr(node, "creationDateTime", s.importedAt);
        QStringList memoTexts;
        for (const Memo& m : m_memos)
            if (m.target == MemoTarget::Source && m.targetId == s.id && !m.anchor)
                memoTexts.append(m.text);
        if (!memoTexts.isEmpty())
            textChild(node, "Description", memoTexts.join(QStringLiteral("\n\n")));
        const QString text = m_store.sourceText(s.id);
        textFiles.append({QStringLiteral("sources/%1.txt").arg(s.guid), text.toUtf8()});
        writeSelections(node, s, text);
        if (const QString owner = participantGuids.value(s.participant); !owner.isEmpty()) {
            // The case link as a coding of the participant's code (see casesRootGuid()).
            pugi::xml_node sel = node.append_child("PlainTextSelection");
            attr(sel, "guid", derivedGuid(QStringLiteral("thema:case-selection:%1:%2").arg(s.guid, owner)));
            attr(sel, "name", QStringLiteral("Case link"));
            attr(sel, "startPosition", QStringLiteral("0"));
            attr(sel, "endPosition", QStringLiteral("0"));
            pugi::xml_node coding = sel.append_child("Coding");
            attr(coding, "guid", derivedGuid(QStringLiteral("thema:case-coding:%1:%2").arg(s.guid, owner)));
            refChild(coding, "CodeRef", owner);
        }
        for (const Memo& m : m_memos)
            if (m.target == MemoTarget::Source && m.targetId == s.id && !m.anchor)
                refChild(node, "NoteRef", m.guid);
    }
    for (const Source& s : sources)
        writeRecording(list, s);
}

void ProjectXml::writeRecording(pugi::xml_node list, const Source& s)
{
    // A recording travels as an AudioSource/VideoSource (the file itself stays outside the package, by absolute
    // path) whose Transcript is the TextSource's own text file, with a SyncPoint where each timed turn begins:
    // timeStamp in milliseconds, position in the export's unit.
    const auto media = m_store.sourceMedia(s.id);
    if (!media)
        return;
    pugi::xml_node node = list.append_child(media->kind == QLatin1String("video") ? "VideoSource" : "AudioSource");
    attr(node, "guid", media->guid);
    attr(node, "name", s.name);
    attr(node, "path", QStringLiteral("absolute://") + mediafiles::resolve(m_store.path(), media->path));
    pugi::xml_node transcript = node.append_child("Transcript");
    attr(transcript, "guid", derivedGuid(QStringLiteral("thema:transcript:") + s.guid));
    attr(transcript, "name", s.name);
    attr(transcript, "plainTextPath", QStringLiteral("internal://%1.txt").arg(s.guid));
    const TextOffsets offsets(m_store.sourceText(s.id));
    for (const Turn& t : m_store.turns(s.id)) {
        if (!t.beginMs)
            continue;
        pugi::xml_node sync = transcript.append_child("SyncPoint");
        attr(sync, "guid", derivedGuid(QStringLiteral("thema:sync:%1:%2").arg(s.guid).arg(t.span.start)));
        attr(sync, "timeStamp", QString::number(*t.beginMs));
        attr(sync, "position", QString::number(position(offsets, t.span.start)));
    }
}

void ProjectXml::writeSelections(pugi::xml_node source, const Source& s, const QString& text)
{
    // One selection per span, coder and coding memo (clients take the coder from the selection and the coding
    // memo from its Description), then one per memo on a passage; in text order.
    struct Key {
        qint64 start, end;
        Id coder;
        QString memo;
        bool operator<(const Key& o) const { return std::tie(start, end, coder, memo) < std::tie(o.start, o.end, o.coder, o.memo); }
    };
    QMap<Key, QList<const Coding*>> groups;
    for (const Coding& c : m_codings)
        if (c.source == s.id)
            groups[{c.span.start, c.span.end, c.coder, c.memo}].append(&c);
    QMap<std::pair<qint64, qint64>, QList<const Memo*>> anchored;
    for (const Memo& m : m_memos)
        if (m.target == MemoTarget::Source && m.targetId == s.id && m.anchor)
            anchored[{m.anchor->start, m.anchor->end}].append(&m);
    if (groups.isEmpty() && anchored.isEmpty())
        return;
    const TextOffsets offsets(text);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Key& key = it.key();
        const Span span{key.start, key.end};
        const QList<const Coding*>& codings = it.value();
        QDateTime created = codings.first()->createdAt, modified = codings.first()->modifiedAt;
        for (const Coding* c : codings) {
            created = std::min(created, c->createdAt);
            modified = std::max(modified, c->modifiedAt);
        }
        const QString coderGuid = m_coderGuids.value(key.coder);
        pugi::xml_node sel = source.append_child("PlainTextSelection");
        attr(sel, "guid", derivedGuid(QStringLiteral("thema:selection:%1:%2:%3:%4:%5")
                                          .arg(s.guid).arg(span.start).arg(span.end).arg(coderGuid, codings.first()->guid)));
        attr(sel, "name", excerpt(text, span));
        attr(sel, "startPosition", QString::number(position(offsets, span.start)));
        attr(sel, "endPosition", QString::number(position(offsets, span.end)));
        attr(sel, "creatingUser", coderGuid);
        timeAttr(sel, "creationDateTime", created);
        timeAttr(sel, "modifiedDateTime", modified);
        if (!key.memo.isEmpty())
            textChild(sel, "Description", key.memo);
        for (const Coding* c : codings) {
            pugi::xml_node coding = sel.append_child("Coding");
            attr(coding, "guid", c->guid);
            attr(coding, "creatingUser", coderGuid);
            timeAttr(coding, "creationDateTime", c->createdAt);
            refChild(coding, "CodeRef", m_codeGuids.value(c->code));
            for (const Memo& m : m_memos)
                if (m.target == MemoTarget::Coding && m.targetId == c->id)
                    refChild(coding, "NoteRef", m.guid);
        }
    }
    for (auto it = anchored.cbegin(); it != anchored.cend(); ++it) {
        for (const Memo* m : it.value()) {
            pugi::xml_node sel = source.append_child("PlainTextSelection");
            attr(sel, "guid", derivedGuid(QStringLiteral("thema:memo-selection:") + m->guid));
            attr(sel, "name", excerpt(text, *m->anchor));
            attr(sel, "startPosition", QString::number(position(offsets, m->anchor->start)));
            attr(sel, "endPosition", QString::number(position(offsets, m->anchor->end)));
            if (const QString user = userGuid(m->author); !user.isEmpty())
                attr(sel, "creatingUser", user);
            timeAttr(sel, "creationDateTime", m->createdAt);
            textChild(sel, "Description", m->text);  // an uncoded selection's Description is a comment (QualCoder, MAXQDA)
            refChild(sel, "NoteRef", m->guid);
        }
    }
}

void ProjectXml::writeNotes(pugi::xml_node project, QList<std::pair<QString, QByteArray>>& textFiles)
{
    if (m_memos.isEmpty())
        return;
    pugi::xml_node list = project.append_child("Notes");
    for (const Memo& m : m_memos) {
        pugi::xml_node note = list.append_child("Note");
        attr(note, "guid", m.guid);
        attr(note, "name", m.title.isEmpty() ? QStringLiteral("Memo") : m.title);
        if (const QString user = userGuid(m.author); !user.isEmpty())
            attr(note, "creatingUser", user);
        timeAttr(note, "creationDateTime", m.createdAt);
        timeAttr(note, "modifiedDateTime", m.modifiedAt);
        // Memos that have no Description to live in elsewhere are journals: clients import a Note whose text is
        // a file. The schema wants the text in one place, so these have no PlainTextContent.
        const bool journal = m.target == MemoTarget::Project || m.target == MemoTarget::Theme ||
                             m.target == MemoTarget::Participant || m.target == MemoTarget::Coding;
        if (journal) {
            attr(note, "plainTextPath", QStringLiteral("internal://%1.txt").arg(m.guid));
            textFiles.append({QStringLiteral("sources/%1.txt").arg(m.guid), m.text.toUtf8()});
        } else {
            textChild(note, "PlainTextContent", m.text);
        }
    }
}

}  // namespace thema::refi
