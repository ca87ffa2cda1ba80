#include "codedsegmentsmodel.h"

#include "session.h"
#include "store/projectstore.h"
#include "text/offsets.h"

#include <algorithm>

namespace thema {

CodedSegmentsModel::CodedSegmentsModel(QObject* parent) : QAbstractTableModel(parent) {}

void CodedSegmentsModel::setSession(Session* session)
{
    if (m_session)
        disconnect(&m_session->store(), nullptr, this, nullptr);
    m_session = session;
    m_code = 0;
    if (session) {
        ProjectStore& store = session->store();
        connect(&store, &ProjectStore::codingsChanged, this, &CodedSegmentsModel::reload);
        connect(&store, &ProjectStore::codesChanged, this, &CodedSegmentsModel::reload);
        connect(&store, &ProjectStore::participantsChanged, this, &CodedSegmentsModel::reload);
        connect(&store, &ProjectStore::sourcesChanged, this, &CodedSegmentsModel::reload);
        connect(session, &Session::visibilityChanged, this, &CodedSegmentsModel::reload);
    }
    reload();
}

void CodedSegmentsModel::setCode(Id code, bool includeSubcodes)
{
    m_code = code;
    m_subcodes = includeSubcodes;
    reload();
}

void CodedSegmentsModel::setCoderFilter(Id coder)
{
    m_coder = coder;
    reload();
}

void CodedSegmentsModel::setGroupFilter(const QString& keyValue)
{
    m_group = keyValue;
    reload();
}

QStringList CodedSegmentsModel::groups() const
{
    QStringList result;
    if (!m_session)
        return result;
    m_session->guardedRead([&] {
        for (const Participant& p : m_session->store().participants())
            for (auto it = p.attributes.cbegin(); it != p.attributes.cend(); ++it) {
                const QString kv = it.key() + QLatin1Char('=') + it.value();
                if (!result.contains(kv))
                    result.append(kv);
            }
    });
    std::sort(result.begin(), result.end());
    return result;
}

void CodedSegmentsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    const bool read = !m_session || !m_code || m_session->guardedRead([&] {
        const ProjectStore& store = m_session->store();
        CodingFilter filter;
        filter.codes = {m_code};
        filter.includeSubcodes = m_subcodes;
        filter.timestamps = false;
        if (m_coder)
            filter.coders = {m_coder};
        else
            filter.coders = m_session->visibleCoders();
        if (m_coder && !m_session->isVisible(m_coder))
            filter.coders = {-1};  // blind coding: another coder's work stays hidden
        QHash<Id, Participant> people;
        for (const Participant& p : store.participants())
            people.insert(p.id, p);
        QHash<Id, QList<Turn>> turns;
        QHash<Id, QString> texts;
        QHash<Id, Source> sources;
        for (const Source& s : store.sources())
            sources.insert(s.id, s);
        QHash<Id, QString> codeNames, coderNames;
        for (const Code& c : store.codes())
            codeNames.insert(c.id, c.path);
        for (const Coder& c : store.coders())
            coderNames.insert(c.id, c.name);
        const QString groupKey = m_group.section(QLatin1Char('='), 0, 0);
        const QString groupValue = m_group.section(QLatin1Char('='), 1);
        for (const Coding& c : store.codings(filter)) {
            if (!texts.contains(c.source)) {
                texts.insert(c.source, store.sourceText(c.source));
                turns.insert(c.source, store.turns(c.source));
            }
            // The participant is the speaker of the turn where the extract starts, else the source's own.
            Id pid = sources.value(c.source).participant;
            const QList<Turn>& ts = turns[c.source];  // in source order
            auto it = std::upper_bound(ts.cbegin(), ts.cend(), c.span.start,
                                       [](qint64 pos, const Turn& t) { return pos < t.span.start; });
            if (it != ts.cbegin() && std::prev(it)->span.contains(c.span.start) && std::prev(it)->participant)
                pid = std::prev(it)->participant;
            const Participant who = people.value(pid);
            if (!m_group.isEmpty() && who.attributes.value(groupKey) != groupValue)
                continue;
            QStringList attrs;
            for (auto it = who.attributes.cbegin(); it != who.attributes.cend(); ++it)
                attrs.append(it.key() + QLatin1Char('=') + it.value());
            QString extract = TextOffsets::mid(texts.value(c.source), c.span.start, c.span.end);
            extract.replace(QLatin1Char('\n'), QChar(0x21B5));
            m_rows.append({c, sources.value(c.source).name, who.name, attrs.join(QStringLiteral(", ")),
                           coderNames.value(c.coder), codeNames.value(c.code), extract});
        }
    });
    if (!read)  // the project could not be read: no rows, and the message from the session
        m_rows.clear();
    endResetModel();
}

int CodedSegmentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodedSegmentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodedSegmentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn: return r.source;
        case ParticipantColumn: return r.participant;
        case AttributesColumn: return r.attributes;
        case CoderColumn: return r.coder;
        case CodeColumn: return r.code;
        case ExtractColumn: return r.extract;
        default: return {};
        }
    case Qt::ToolTipRole:
        return index.column() == ExtractColumn && !r.coding.memo.isEmpty()
                   ? QVariant(r.extract + QStringLiteral("\n\nMemo: ") + r.coding.memo) : QVariant(r.extract);
    case CodingRole: return r.coding.id;
    case SourceRole: return r.coding.source;
    case StartRole: return r.coding.span.start;
    case EndRole: return r.coding.span.end;
    default: return {};
    }
}

QVariant CodedSegmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const names[] = {"Source", "Participant", "Attributes", "Coder", "Code", "Extract"};
    return section < ColumnCount ? tr(names[section]) : QVariant();
}

}  // namespace thema
