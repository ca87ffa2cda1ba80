#include "sourcesignature.h"

#include "store/projectstore.h"

#include <QCryptographicHash>

namespace thema {
namespace {

/** What a participant adds to the signature of every source or turn mapped to it (id 0 or unknown: "-\x1f"). */
QByteArray participantBytes(const Participant& p)
{
    QString text = p.name + QChar(0x1f) + (p.interviewer ? QLatin1Char('1') : QLatin1Char('0'));
    for (auto a = p.attributes.cbegin(); a != p.attributes.cend(); ++a)
        text += QChar(0x1f) + a.key() + QChar(0x1e) + a.value();
    return text.toUtf8() + '\x1d';
}

}  // namespace

ProjectSnapshot ProjectSnapshot::read(const ProjectStore& store)
{
    ProjectSnapshot snap;
    snap.projectGuid = store.setting(QStringLiteral("guid"));
    snap.language = store.language();
    // Each participant's bytes once: the same ones are hashed for each of their turns.
    QHash<Id, QByteArray> participantBlob;
    for (const Participant& p : store.participants()) {
        snap.participants.insert(p.id, p);
        participantBlob.insert(p.id, participantBytes(p));
    }
    const QByteArray nobody("-\x1f");
    for (const Source& s : store.sources())
        snap.sources.insert(s.guid, IndexedSource{s, {}, {}});
    QHash<Id, IndexedSource*> byId;  // the hash is complete: its values stay where they are
    for (IndexedSource& is : snap.sources)
        byId.insert(is.source.id, &is);
    QList<Turn> turns = store.allTurns();
    for (Turn& t : turns)
        if (IndexedSource* is = byId.value(t.source))
            is->turns.append(std::move(t));
    QByteArray bytes;
    for (IndexedSource& is : snap.sources) {
        const Source& s = is.source;
        bytes = QStringList{s.name, s.language, s.checksum, QString::number(s.characters)}.join(QChar(0x1f)).toUtf8();
        bytes += participantBlob.value(s.participant, nobody);
        for (const Turn& t : is.turns) {
            bytes += QByteArray::number(t.id) + ' ' + QByteArray::number(t.span.start) + ' ' + QByteArray::number(t.span.end) + ' ';
            bytes += t.speaker.toUtf8() + ' ';
            bytes += participantBlob.value(t.participant, nobody);
        }
        is.signature = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex();
    }
    return snap;
}

}  // namespace thema
