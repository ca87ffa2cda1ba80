#include "projectmerger.h"

#include "core/media/mediafiles.h"
#include "store/projectstore.h"

#include <QSet>

namespace thema {
namespace {

QString counted(qint64 n, const QString& one, const QString& many) { return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many); }

/** "name", or "name (2)", "name (3)" … — the first that @p taken does not know. */
template <typename Taken>
QString freeName(const QString& name, Taken taken)
{
    QString candidate = name;
    for (int n = 2; taken(candidate); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(name).arg(n);
    return candidate;
}

void tally(ExchangeReport& report, const QString& what, int byGuid, int byOther, const QString& other, int added)
{
    if (byGuid || byOther)
        report.matched.append(QStringLiteral("%1: %2 by GUID%3").arg(what).arg(byGuid)
                                  .arg(byOther ? QStringLiteral(", %1 by %2").arg(byOther).arg(other) : QString()));
    if (added)
        report.imported.append(QStringLiteral("%1: %2 added").arg(what).arg(added));
}

}  // namespace

ExchangeReport ProjectMerger::merge()
{
    ExchangeReport report;
    m_into.transaction([&] {
        mergeCoders(report);
        mergeCodes(report);
        mergeParticipants(report);
        mergeSources(report);
        mergeCodings(report);
        mergeThemes(report);
        mergeMemos(report);
    });
    return report;
}

void ProjectMerger::mergeCoders(ExchangeReport& report)
{
    int byGuid = 0, byName = 0, added = 0;
    const QList<Coder> existing = m_into.coders();
    for (const Coder& c : m_from.coders()) {
        const auto same = std::find_if(existing.begin(), existing.end(), [&](const Coder& e) { return e.guid == c.guid; });
        if (same != existing.end()) {
            m_coders.insert(c.id, same->id);
            ++byGuid;
        } else if (const auto named = m_into.coderByName(c.name)) {
            m_coders.insert(c.id, named->id);
            ++byName;
        } else {
            Coder copy = c;
            copy.id = 0;
            m_coders.insert(c.id, m_into.addCoder(copy));
            ++added;
        }
    }
    tally(report, QStringLiteral("Coders"), byGuid, byName, QStringLiteral("name"), added);
}

void ProjectMerger::mergeCodes(ExchangeReport& report)
{
    int byGuid = 0, byPath = 0, added = 0;
    for (const Code& c : m_from.codes()) {  // depth-first: parents come first
        if (const auto same = m_into.codeByGuid(c.guid)) {
            m_codes.insert(c.id, same->id);
            ++byGuid;
            continue;
        }
        const Id parent = m_codes.value(c.parent);
        const QString parentPath = parent ? m_into.code(parent)->path + QLatin1Char('/') : QString();
        if (const auto atPath = m_into.codeByPath(parentPath + c.name)) {
            m_codes.insert(c.id, atPath->id);
            ++byPath;
            continue;
        }
        Code copy = c;
        copy.id = 0;
        copy.parent = parent;
        copy.position = 0;
        m_codes.insert(c.id, m_into.addCode(copy));
        ++added;
    }
    tally(report, QStringLiteral("Codes"), byGuid, byPath, QStringLiteral("path"), added);
}

void ProjectMerger::mergeParticipants(ExchangeReport& report)
{
    int byGuid = 0, byName = 0, added = 0;
    for (const Participant& p : m_from.participants()) {
        std::optional<Participant> same = m_into.participantByGuid(p.guid);
        if (same)
            ++byGuid;
        else if ((same = m_into.participantByName(p.name)))
            ++byName;
        if (!same) {
            Participant copy = p;
            copy.id = 0;
            m_participants.insert(p.id, m_into.addParticipant(copy));
            ++added;
            continue;
        }
        m_participants.insert(p.id, same->id);
        for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it)
            if (!same->attributes.contains(it.key()))
                m_into.setAttribute(same->id, it.key(), it.value());
    }
    tally(report, QStringLiteral("Participants"), byGuid, byName, QStringLiteral("name"), added);
}

void ProjectMerger::mergeSources(ExchangeReport& report)
{
    int byGuid = 0, byChecksum = 0, added = 0;
    const QList<Source> existing = m_into.sources();
    for (const Source& s : m_from.sources()) {
        if (const auto same = m_into.sourceByGuid(s.guid)) {
            m_sources.insert(s.id, same->id);
            ++byGuid;
            if (same->checksum != s.checksum)
                m_refusedSources.insert(s.id, s.name);
            continue;
        }
        const auto twin = std::find_if(existing.begin(), existing.end(), [&](const Source& e) { return e.checksum == s.checksum; });
        if (twin != existing.end()) {
            m_sources.insert(s.id, twin->id);
            ++byChecksum;
            continue;
        }
        Source copy = s;
        copy.id = 0;
        copy.participant = m_participants.value(s.participant);
        copy.name = freeName(s.name, [&](const QString& n) { return m_into.sourceByName(n).has_value(); });
        if (copy.name != s.name)
            report.notes.append(QStringLiteral("Source \"%1\" was added as \"%2\": the project has another source of that name")
                                    .arg(s.name, copy.name));
        const Id id = m_into.addSource(copy, m_from.sourceText(s.id));
        QList<Turn> turns = m_from.turns(s.id);
        for (Turn& t : turns) {
            t.id = 0;
            t.participant = m_participants.value(t.participant);
        }
        m_into.addTurns(id, turns);
        if (auto media = m_from.sourceMedia(s.id)) {
            // The recording: a path relative to the other project's folder is made relative to this one's (or
            // absolute); "internal://…" (inside a .qdpx) stays for the importer to unpack.
            media->source = id;
            if (!media->path.startsWith(QLatin1String("internal://")))
                media->path = mediafiles::storedPath(m_into.path(), mediafiles::resolve(m_from.path(), media->path));
            const QList<SourceMedia> existing = m_into.allSourceMedia();
            if (std::any_of(existing.begin(), existing.end(), [&](const SourceMedia& m) { return m.guid == media->guid; }))
                media->guid.clear();
            m_into.setSourceMedia(*media);
        }
        m_sources.insert(s.id, id);
        ++added;
    }
    tally(report, QStringLiteral("Sources"), byGuid, byChecksum, QStringLiteral("text checksum"), added);
}

void ProjectMerger::mergeCodings(ExchangeReport& report)
{
    QSet<QString> guids;
    for (const Coding& c : m_into.codings())
        guids.insert(c.guid);
    int byGuid = 0, bySpan = 0, added = 0;
    QHash<Id, int> refused;
    for (const Coding& c : m_from.codings()) {
        if (m_refusedSources.contains(c.source)) {
            ++refused[c.source];
            continue;
        }
        Coding copy = c;
        copy.id = 0;
        copy.source = m_sources.value(c.source);
        copy.code = m_codes.value(c.code);
        copy.coder = m_coders.value(c.coder);
        if (guids.contains(c.guid)) {
            ++byGuid;
            // The same coding: map it for exemplars and memos.
            for (const Coding& e : m_into.codings({{copy.source}, {copy.code}, {copy.coder}}))
                if (e.guid == c.guid)
                    m_codings.insert(c.id, e.id);
            continue;
        }
        if (const auto same = m_into.findCoding(copy.source, copy.span, copy.code, copy.coder)) {
            m_codings.insert(c.id, same->id);
            ++bySpan;
            continue;
        }
        m_codings.insert(c.id, m_into.addCoding(copy));
        guids.insert(copy.guid);
        ++added;
    }
    tally(report, QStringLiteral("Codings"), byGuid, bySpan, QStringLiteral("source, span, code and coder"), added);
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        report.refused.append(QStringLiteral("%1 on \"%2\": its text differs from the project's source with the same GUID")
                                  .arg(counted(it.value(), QStringLiteral("coding"), QStringLiteral("codings")),
                                       m_refusedSources.value(it.key())));
}

void ProjectMerger::mergeThemes(ExchangeReport& report)
{
    int byGuid = 0, byPath = 0, added = 0;
    const QList<Theme> existing = m_into.themes();
    for (const Theme& t : m_from.themes()) {  // depth-first: parents come first
        Id id = 0;
        const auto same = std::find_if(existing.begin(), existing.end(), [&](const Theme& e) { return e.guid == t.guid; });
        const Id parent = m_themes.value(t.parent);
        if (same != existing.end()) {
            id = same->id;
            ++byGuid;
        } else if (const auto atPath = m_into.themeByPath((parent ? m_into.theme(parent)->path + QLatin1Char('/') : QString()) + t.name)) {
            id = atPath->id;
            ++byPath;
        } else {
            Theme copy = t;
            copy.id = 0;
            copy.parent = parent;
            copy.codes.clear();
            id = m_into.addTheme(copy);
            ++added;
        }
        m_themes.insert(t.id, id);
        const QList<Id> linked = m_into.theme(id)->codes;
        for (Id code : t.codes)
            if (const Id mapped = m_codes.value(code); mapped && !linked.contains(mapped))
                m_into.linkCode(id, mapped);
        const QList<Id> exemplars = m_into.exemplars(id);
        for (Id coding : m_from.exemplars(t.id))
            if (const Id mapped = m_codings.value(coding); mapped && !exemplars.contains(mapped))
                m_into.setExemplar(id, mapped, true);
    }
    tally(report, QStringLiteral("Themes"), byGuid, byPath, QStringLiteral("path"), added);
}

void ProjectMerger::mergeMemos(ExchangeReport& report)
{
    QSet<QString> guids;
    for (const Memo& m : m_into.memos())
        guids.insert(m.guid);
    int byGuid = 0, added = 0, refused = 0;
    for (const Memo& m : m_from.memos()) {
        if (guids.contains(m.guid)) {
            ++byGuid;
            continue;
        }
        Memo copy = m;
        copy.id = 0;
        switch (m.target) {
        case MemoTarget::Project: copy.targetId = 0; break;
        case MemoTarget::Source: copy.targetId = m_sources.value(m.targetId); break;
        case MemoTarget::Code: copy.targetId = m_codes.value(m.targetId); break;
        case MemoTarget::Theme: copy.targetId = m_themes.value(m.targetId); break;
        case MemoTarget::Participant: copy.targetId = m_participants.value(m.targetId); break;
        case MemoTarget::Coding: copy.targetId = m_codings.value(m.targetId); break;
        }
        if ((m.target == MemoTarget::Source && m.anchor && m_refusedSources.contains(m.targetId)) ||
            (m.target != MemoTarget::Project && !copy.targetId)) {
            ++refused;
            continue;
        }
        m_into.addMemo(copy);
        ++added;
    }
    tally(report, QStringLiteral("Memos"), byGuid, 0, QString(), added);
    if (refused)
        report.refused.append(QStringLiteral("%1 on passages of sources whose text differs, or on codings that were refused")
                                  .arg(counted(refused, QStringLiteral("memo"), QStringLiteral("memos"))));
}

}  // namespace thema
