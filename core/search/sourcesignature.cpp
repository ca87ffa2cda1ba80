#include "sourcesignature.h"

#include "store/projectstore.h"

#include <QCryptographicHash>

namespace thema {
namespace {

void addParticipant(QCryptographicHash& hash, const QHash<Id, Participant>& participants, Id id)
{
    const auto it = participants.constFind(id);
    if (it == participants.cend()) {
        hash.addData(QByteArrayView("-\x1f"));
        return;
    }
    QString text = it->name + QChar(0x1f) + (it->interviewer ? QLatin1Char('1') : QLatin1Char('0'));
    for (auto a = it->attributes.cbegin(); a != it->attributes.cend(); ++a)
        text += QChar(0x1f) + a.key() + QChar(0x1e) + a.value();
    hash.addData(text.toUtf8());
    hash.addData(QByteArrayView("\x1d"));
}

}  // namespace

ProjectSnapshot ProjectSnapshot::read(const ProjectStore& store)
{
    ProjectSnapshot snap;
    snap.projectGuid = store.setting(QStringLiteral("guid"));
    snap.language = store.language();
    for (const Participant& p : store.participants())
        snap.participants.insert(p.id, p);
    QHash<Id, QString> guidOf;
    for (const Source& s : store.sources()) {
        guidOf.insert(s.id, s.guid);
        snap.sources.insert(s.guid, IndexedSource{s, {}, {}});
    }
    for (const Turn& t : store.allTurns()) {
        const auto guid = guidOf.constFind(t.source);
        if (guid != guidOf.cend())
            snap.sources[*guid].turns.append(t);
    }
    for (IndexedSource& is : snap.sources) {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const Source& s = is.source;
        hash.addData(QStringList{s.name, s.language, s.checksum, QString::number(s.characters)}.join(QChar(0x1f)).toUtf8());
        addParticipant(hash, snap.participants, s.participant);
        for (const Turn& t : is.turns) {
            hash.addData(QStringLiteral("%1 %2 %3 %4 ").arg(t.id).arg(t.span.start).arg(t.span.end).arg(t.speaker).toUtf8());
            addParticipant(hash, snap.participants, t.participant);
        }
        is.signature = hash.result().toHex();
    }
    return snap;
}

}  // namespace thema
