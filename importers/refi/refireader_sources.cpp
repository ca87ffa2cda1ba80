// RefiReader: sources, their selections and codings.
#include "refireader.h"

#include "exchange/refiformat.h"
#include "importservice.h"
#include "model/error.h"
#include "positionmap.h"
#include "refinodes.h"
#include "store/projectstore.h"
#include "text/decoder.h"
#include "text/offsets.h"
#include "verbatimturns.h"

#include <QFileInfo>

namespace thema {

using namespace refinodes;

namespace {

QString plural(qint64 n, const QString& one, const QString& many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

int countDeep(const pugi::xml_node& node, const char* name, int depth = 0)
{
    int n = 0;
    if (depth > 200)
        return 0;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        n += (is(c, name) ? 1 : 0) + countDeep(c, name, depth + 1);
    return n;
}

int countSelections(const pugi::xml_node& node, int depth = 0)
{
    int n = 0;
    if (depth > 200)
        return 0;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        const QString name = QString::fromUtf8(localName(c));
        n += (c.type() == pugi::node_element && name.endsWith(QLatin1String("Selection")) ? 1 : 0) + countSelections(c, depth + 1);
    }
    return n;
}

std::optional<qint64> position(const pugi::xml_node& node, const char* name)
{
    bool ok = false;
    const qint64 v = attr(node, name).trimmed().toLongLong(&ok);
    if (!ok || v < 0 || v > RefiReader::kMaxPosition)
        return std::nullopt;
    return v;
}

}  // namespace

void RefiReader::readSources(const pugi::xml_node& root)
{
    const pugi::xml_node sources = child(root, "Sources");
    m_basePath = attr(root, "basePath").trimmed();
    for (pugi::xml_node c = sources.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element)
            continue;
        count();
        if (is(c, "TextSource")) {
            readTextSource(c);
            continue;
        }
        if ((is(c, "AudioSource") || is(c, "VideoSource")) && readRecording(c))
            continue;
        QString kind = QString::fromUtf8(localName(c));
        kind.chop(QStringLiteral("Source").size());
        const int selections = countSelections(c), codings = countDeep(c, "Coding");
        m_report.notImported.append(QStringLiteral("%1 source \"%2\" with %3 and %4 (Thema codes text only)")
                                        .arg(kind.isEmpty() ? QStringLiteral("Unknown") : kind, attr(c, "name"),
                                             plural(selections, QStringLiteral("selection"), QStringLiteral("selections")),
                                             plural(codings, QStringLiteral("coding"), QStringLiteral("codings"))));
    }
    const Tally& t = m_tally;
    if (t.sources)
        m_report.imported.append(QStringLiteral("%1 with %2 on %3")
                                     .arg(plural(t.sources, QStringLiteral("text source"), QStringLiteral("text sources")),
                                          plural(t.codings, QStringLiteral("coding"), QStringLiteral("codings")),
                                          plural(t.selections, QStringLiteral("selection"), QStringLiteral("selections"))));
    if (t.zeroLength)
        m_report.notImported.append(QStringLiteral("%1 with %2 (nothing to code)")
                                        .arg(plural(t.zeroLength, QStringLiteral("zero-length selection"), QStringLiteral("zero-length selections")),
                                             plural(t.zeroLengthCodings, QStringLiteral("coding"), QStringLiteral("codings"))));
    if (t.outOfRange)
        m_report.notImported.append(QStringLiteral("%1 with %2: positions outside the text or not numbers")
                                        .arg(plural(t.outOfRange, QStringLiteral("selection"), QStringLiteral("selections")),
                                             plural(t.outOfRangeCodings, QStringLiteral("coding"), QStringLiteral("codings"))));
    if (t.missingCode)
        m_report.notImported.append(QStringLiteral("%1 of codes the codebook does not contain").arg(plural(t.missingCode, QStringLiteral("coding"), QStringLiteral("codings"))));
    if (t.duplicates)
        m_report.notes.append(QStringLiteral("%1 repeating another (same passage, code and user) counted once")
                                  .arg(plural(t.duplicates, QStringLiteral("coding"), QStringLiteral("codings"))));
    if (t.sourceVariables)
        m_report.notImported.append(QStringLiteral("%1 of sources (document variables; Thema keeps attributes on participants)")
                                        .arg(plural(t.sourceVariables, QStringLiteral("variable value"), QStringLiteral("variable values"))));
    if (t.richText)
        m_report.notes.append(QStringLiteral("%1 also in rich text (%2); Thema uses the plain text, which the positions count into")
                                  .arg(plural(t.richText, QStringLiteral("source comes"), QStringLiteral("sources come")),
                                       QStringLiteral("richTextPath")));
    if (t.copyLinks)
        m_report.notes.append(QStringLiteral("%1 named the file of a copy of a source's text (QualCoder); matched by the text")
                                  .arg(plural(t.copyLinks, QStringLiteral("case's source reference"), QStringLiteral("cases' source references"))));
    if (t.caseLinks)
        m_report.imported.append(plural(t.caseLinks, QStringLiteral("case–source link from case codings"), QStringLiteral("case–source links from case codings")));
    if (t.descriptions)
        m_report.imported.append(plural(t.descriptions, QStringLiteral("source memo (Description)"), QStringLiteral("source memos (Descriptions)")));
    if (t.codingDescriptions)
        m_report.notes.append(QStringLiteral("%1 of coded selections became the memos of their codings")
                                  .arg(plural(t.codingDescriptions, QStringLiteral("description"), QStringLiteral("descriptions"))));
    if (t.wholeSource)
        m_report.notes.append(QStringLiteral("%1 of whole sources became codings of their whole text")
                                  .arg(plural(t.wholeSource, QStringLiteral("coding"), QStringLiteral("codings"))));
}

Id RefiReader::readTextSource(const pugi::xml_node& node)
{
    const QString name = attr(node, "name");
    const QString path = attr(node, "plainTextPath");
    QString text;
    std::vector<bool> crlf;
    const int codings = countDeep(node, "Coding");
    const auto drop = [&](const QString& why) -> Id {
        m_report.notImported.append(QStringLiteral("%1 \"%2\" with %3: %4")
                                        .arg(is(node, "Transcript") ? QStringLiteral("Transcript") : QStringLiteral("Text source"), name,
                                             plural(codings, QStringLiteral("coding"), QStringLiteral("codings")), why));
        return 0;
    };
    if (const pugi::xml_node content = child(node, "PlainTextContent"); content && !refinodes::text(content).isEmpty()) {
        text = normalizeLineEndings(refinodes::text(content));  // XML parsing has already made CRLF into LF
    } else {
        const auto bytes = m_package.file(path);
        if (!bytes)
            return drop(path.isEmpty() ? QStringLiteral("it has neither text nor a plainTextPath")
                                       : QStringLiteral("its text %1 is not in the file").arg(path));
        try {
            const DecodedText decoded = decodeText(*bytes, path);
            text = decoded.text;
            crlf = PositionMap::crlfBreaks(*bytes, decoded.encoding, text.count(QLatin1Char('\n')));
        } catch (const Error& e) {
            return drop(e.message());
        }
    }
    if (text.isEmpty())
        return drop(QStringLiteral("its text is empty"));
    Source s;
    s.guid = takeGuid(attr(node, "guid"));
    const QString fileBase = QFileInfo(path.section(QLatin1Char('/'), -1)).completeBaseName();
    const QString wanted = refi::safeName(name, fileBase.isEmpty() ? QStringLiteral("Source %1").arg(m_tally.sources + 1) : fileBase);
    s.name = wanted;
    for (int n = 2; m_store.sourceByName(s.name); ++n)
        s.name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    s.format = QStringLiteral("txt");
    s.originalFile = path.isEmpty() ? m_package.displayName() : path;
    s.importedAt = time(node, "creationDateTime");
    s.participant = m_sourceOwner.value(normalizeGuidOr(attr(node, "guid")));
    if (!s.participant)
        s.participant = ownerOfCopy(text);
    m_store.addSource(s, text);
    m_sources.insert(normalizeGuidOr(attr(node, "guid")), s.id);
    if (!path.isEmpty())
        m_sourceByTextPath.insert(path, s.id);
    ++m_tally.sources;
    addTurns(s, text);
    if (const QString d = refinodes::text(child(node, "Description")).trimmed(); !d.isEmpty() && !refi::isThemaOrigin(m_origin)) {
        // A source's memo as clients write it (a Thema file has it as a Note too).
        addInlineNote(QStringLiteral("source-description:") + normalizeGuidOr(attr(node, "guid")), QStringLiteral("Source memo"), d,
                      m_userNames.value(normalizeGuidOr(attr(node, "creatingUser"))), time(node, "creationDateTime"),
                      MemoTarget::Source, s.id);
        ++m_tally.descriptions;
    }
    readSelections(node, s, text, std::move(crlf));
    noteRefs(node, MemoTarget::Source, s.id);
    m_tally.sourceVariables += countOf(node, "VariableValue");
    m_tally.richText += attr(node, "richTextPath").isEmpty() ? 0 : 1;
    return s.id;
}

Id RefiReader::ownerOfCopy(const QString& text)
{
    // QualCoder's Case SourceRef names the file of a copy of the source's text (sources/<guid>.txt), not the
    // TextSource: a reference to no source whose file holds this very text is a link to this source.
    for (auto it = m_sourceOwner.cbegin(); it != m_sourceOwner.cend(); ++it) {
        if (!m_copyTexts.contains(it.key())) {
            QString copy;
            if (const auto bytes = m_package.file(QStringLiteral("internal://%1.txt").arg(it.key()))) {
                try {
                    copy = decodeText(*bytes, it.key()).text;
                } catch (const Error&) {
                }
            }
            m_copyTexts.insert(it.key(), copy);
        }
        if (!text.isEmpty() && m_copyTexts.value(it.key()) == text) {
            ++m_tally.copyLinks;
            return it.value();
        }
    }
    return 0;
}

void RefiReader::addTurns(const Source& source, const QString& text)
{
    QList<Turn> turns;
    QHash<QString, Id> bySpeaker;
    for (const DraftTurn& d : verbatimTurns(text)) {
        Turn t;
        t.span = d.span;
        t.speaker = d.speaker;
        t.beginMs = d.beginMs;
        if (!d.speaker.isEmpty()) {
            if (!bySpeaker.contains(d.speaker)) {
                Id id = 0;
                if (const auto existing = m_store.participantByName(d.speaker)) {
                    id = existing->id;
                } else {
                    Participant p;
                    p.name = d.speaker;
                    p.interviewer = ImportService::looksLikeInterviewer(d.speaker);
                    id = m_store.addParticipant(p);
                }
                bySpeaker.insert(d.speaker, id);
            }
            t.participant = bySpeaker.value(d.speaker);
        } else {
            t.participant = source.participant;
        }
        turns.append(t);
    }
    m_store.addTurns(source.id, turns);
}

void RefiReader::readSelections(const pugi::xml_node& node, const Source& source, const QString& text, std::vector<bool> crlf)
{
    const PositionMap map(text, std::move(crlf));
    QList<pugi::xml_node> selections;
    QList<std::pair<qint64, qint64>> spans;
    // A Transcript's selections run from one of its SyncPoints to another: their positions count like a text's.
    m_syncPositions.clear();
    each(node, "SyncPoint", [&](const pugi::xml_node& sync) {
        if (const auto p = position(sync, "position"))
            m_syncPositions.insert(normalizeGuidOr(attr(sync, "guid")), *p);
    });
    const auto range = [&](const pugi::xml_node& sel) -> std::pair<std::optional<qint64>, std::optional<qint64>> {
        if (!is(sel, "TranscriptSelection"))
            return {position(sel, "startPosition"), position(sel, "endPosition")};
        const auto at = [&](const char* name) -> std::optional<qint64> {
            const QString key = normalizeGuidOr(attr(sel, name));
            return m_syncPositions.contains(key) ? std::optional<qint64>(m_syncPositions.value(key)) : std::nullopt;
        };
        return {at("fromSyncPoint"), at("toSyncPoint")};
    };
    const auto collect = [&](const pugi::xml_node& sel) {
        count();
        selections.append(sel);
        const auto [s, e] = range(sel);
        if (s && e && *e > *s)
            spans.append({*s, *e});
    };
    each(node, "PlainTextSelection", collect);
    each(node, "TranscriptSelection", collect);
    int fitting = 0, onBoundaries = 0;
    const PositionUnits units = map.detect(spans, PositionMap::preferenceFor(m_origin), &fitting, &onBoundaries);
    if (map.ambiguous() && !spans.isEmpty())
        m_report.notes.append(QStringLiteral("\"%1\": positions read as %2 (%3 of %4 selections fit the text, %5 start and end at word boundaries)")
                                  .arg(source.name, units.describe()).arg(fitting).arg(spans.size()).arg(onBoundaries));
    const QStringList sourceUsers{attr(node, "creatingUser"), m_projectUser};
    for (const pugi::xml_node& sel : selections) {
        // Codings of a code that stands for a case link the case to this source, wherever they are.
        int caseCodings = 0;
        each(sel, "Coding", [&](const pugi::xml_node& c) {
            const QString ref = normalizeGuidOr(attr(child(c, "CodeRef"), "targetGUID"));
            if (!m_caseKeys.contains(ref))
                return;
            ++caseCodings;
            const Id participant = m_participants.value(ref);
            if (participant && !m_store.source(source.id)->participant) {
                m_store.setSourceParticipant(source.id, participant);
                ++m_tally.caseLinks;
            }
        });
        if (caseCodings && caseCodings == countOf(sel, "Coding"))
            continue;
        ++m_tally.selections;
        const int codings = countOf(sel, "Coding") - caseCodings;
        const auto [rawStart, rawEnd] = range(sel);
        const auto start = rawStart ? map.toCodePoint(*rawStart, units) : std::nullopt;
        const auto end = rawEnd ? map.toCodePoint(*rawEnd, units) : std::nullopt;
        if (!start || !end || *end < *start) {
            ++m_tally.outOfRange;
            m_tally.outOfRangeCodings += codings;
            continue;
        }
        if (*end == *start) {
            ++m_tally.zeroLength;
            m_tally.zeroLengthCodings += codings;
            continue;
        }
        const Span span{*start, *end};
        // On a coded selection the Description is the codings' memo (QualCoder, Thema); on an uncoded one a comment.
        const QString description = refinodes::text(child(sel, "Description")).trimmed();
        if (!description.isEmpty() && codings == 0 && !refi::isThemaOrigin(m_origin)) {  // Thema: the NoteRef's copy
            NoteInfo note;
            note.guid = QStringLiteral("selection-description:") + normalizeGuidOr(attr(sel, "guid"));
            note.title = attr(sel, "name").isEmpty() ? QStringLiteral("Comment") : attr(sel, "name");
            note.text = description;
            note.author = m_userNames.value(normalizeGuidOr(attr(sel, "creatingUser")));
            note.created = time(sel, "creationDateTime");
            note.modified = time(sel, "modifiedDateTime");
            m_notes.insert(note.guid, note);
            Memo memo;
            memo.target = MemoTarget::Source;
            memo.targetId = source.id;
            memo.anchor = span;
            m_memos.append({note.guid, memo});
        }
        noteRefs(sel, MemoTarget::Source, source.id, span);
        each(sel, "Coding", [&](const pugi::xml_node& c) {
            count();
            if (m_caseKeys.contains(normalizeGuidOr(attr(child(c, "CodeRef"), "targetGUID"))))
                return;
            const Id code = m_codes.value(normalizeGuidOr(attr(child(c, "CodeRef"), "targetGUID")));
            if (!code) {
                ++m_tally.missingCode;
                return;
            }
            Coding coding;
            coding.source = source.id;
            coding.span = span;
            coding.code = code;
            coding.coder = coderFor(QStringList{attr(c, "creatingUser"), attr(sel, "creatingUser")} + sourceUsers);
            if (m_store.findCoding(source.id, span, code, coding.coder)) {
                ++m_tally.duplicates;
                return;
            }
            const QString key = normalizeGuidOr(attr(c, "guid"));
            coding.guid = takeGuid(attr(c, "guid"));
            coding.createdAt = time(c, "creationDateTime").isValid() ? time(c, "creationDateTime") : time(sel, "creationDateTime");
            coding.modifiedAt = time(sel, "modifiedDateTime").isValid() ? time(sel, "modifiedDateTime") : coding.createdAt;
            const QString ownMemo = refi::derivedGuid(QStringLiteral("thema:coding-memo:") + key);
            QList<pugi::xml_node> otherNotes;
            each(c, "NoteRef", [&](const pugi::xml_node& r) {
                const QString ref = normalizeGuidOr(attr(r, "targetGUID"));
                if (ref == ownMemo && m_notes.contains(ref)) {
                    coding.memo = m_notes.value(ref).text;
                    m_consumedNotes.insert(ref);
                } else {
                    otherNotes.append(r);
                }
            });
            if (coding.memo.isEmpty() && !description.isEmpty()) {
                coding.memo = description;
                ++m_tally.codingDescriptions;
            }
            const Id id = m_store.addCoding(coding);
            m_codings.insert(key, id);
            for (const pugi::xml_node& r : otherNotes) {
                Memo memo;
                memo.target = MemoTarget::Coding;
                memo.targetId = id;
                m_memos.append({normalizeGuidOr(attr(r, "targetGUID")), memo});
            }
            ++m_tally.codings;
        });
    }
    // A Coding directly on the TextSource codes the whole document.
    each(node, "Coding", [&](const pugi::xml_node& c) {
        const Id code = m_codes.value(normalizeGuidOr(attr(child(c, "CodeRef"), "targetGUID")));
        if (!code) {
            ++m_tally.missingCode;
            return;
        }
        Coding coding;
        coding.guid = takeGuid(attr(c, "guid"));
        coding.source = source.id;
        coding.span = {0, source.characters};
        coding.code = code;
        coding.coder = coderFor(QStringList{attr(c, "creatingUser")} + sourceUsers);
        coding.createdAt = time(c, "creationDateTime");
        if (m_store.findCoding(source.id, coding.span, code, coding.coder))
            return;
        m_codings.insert(normalizeGuidOr(attr(c, "guid")), m_store.addCoding(coding));
        ++m_tally.wholeSource;
        ++m_tally.codings;
    });
}

}  // namespace thema
