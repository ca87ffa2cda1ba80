#include "indexwriter.h"

#include "indexterms.h"
#include "text/offsets.h"

#include <algorithm>

namespace thema {

using namespace indexterms;

namespace {

/** Terms Xapian's QueryParser stems: those starting with a letter (after folding: lower case or non-ASCII). */
bool stemmable(const std::string& term)
{
    const auto first = static_cast<unsigned char>(term[0]);
    return first >= 0x80 || (first >= 'a' && first <= 'z');
}

}  // namespace

std::unique_ptr<Xapian::Stem> makeStemmer(const QString& language)
{
    const QString base = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (base.isEmpty())
        return nullptr;
    try {
        return std::make_unique<Xapian::Stem>(base.toStdString());
    } catch (const Xapian::InvalidArgumentError&) {
        return nullptr;
    }
}

const Xapian::Stem* IndexWriter::stemmerFor(const QString& language)
{
    const std::string key = language.toStdString();
    auto it = m_stemmers.find(key);
    if (it == m_stemmers.end())
        it = m_stemmers.emplace(key, makeStemmer(language)).first;
    return it->second.get();
}

const std::string& IndexWriter::stem(const Xapian::Stem& stemmer, const QString& language, const std::string& term)
{
    auto& stems = m_stems[language];
    auto it = stems.find(term);
    if (it != stems.end())
        return it->second;
    std::string z = kStem + stemmer(term);
    addSynonym(z, term);
    return stems.emplace(term, std::move(z)).first->second;
}

void IndexWriter::addSynonym(const std::string& stem, const std::string& word)
{
    std::string synonym = stem;
    synonym.push_back('\0');
    synonym += word;
    if (m_synonyms.insert(synonym).second)
        m_pending->synonyms.emplace_back(stem, word);
}

void IndexWriter::commit(Xapian::WritableDatabase& db, PreparedSource&& prepared)
{
    remove(db, prepared.guid);
    for (const auto& [stem, word] : prepared.synonyms)
        db.add_synonym(stem, word);
    for (Xapian::Document& doc : prepared.documents)
        db.add_document(doc);
}

void IndexWriter::remove(Xapian::WritableDatabase& db, const QString& sourceGuid)
{
    db.delete_document(kSourceGuid + sourceGuid.toStdString());
}

PreparedSource IndexWriter::prepare(const IndexedSource& is, const QString& text, const QHash<Id, Participant>& participants)
{
    const Source& source = is.source;
    PreparedSource prepared;
    prepared.guid = source.guid;
    m_pending = &prepared;
    const Xapian::Stem* stemmer = stemmerFor(source.language);
    const TextOffsets offsets(text);

    QList<Turn> units = is.turns;
    if (units.isEmpty()) {
        // No turns: one document per paragraph (text between blank lines).
        qint64 start = 0;
        const qint64 length = offsets.codePointCount();
        while (start < length) {
            const qint64 from16 = offsets.toUtf16(start);
            qsizetype blank = text.indexOf(QStringLiteral("\n\n"), from16);
            const qint64 end = blank < 0 ? length : offsets.toCodePoint(blank) + 2;
            Turn t;
            t.source = source.id;
            t.span = {start, end};
            t.participant = source.participant;
            units.append(t);
            start = end;
        }
    }

    const std::string guid = source.guid.toStdString();
    const std::string sourceTerm = kSource + value(source.name);
    const std::string orderKey = value(source.name) + '\0';
    qint64 words = 0;
    for (const Turn& t : units) {
        const qint64 from = offsets.toUtf16(t.span.start), to = offsets.toUtf16(t.span.end);
        const QString turnText = text.mid(from, to - from);
        const std::vector<Token> tokens = m_tokenizer.tokenize(turnText);
        Xapian::Document doc;
        Xapian::termpos pos = 0;
        bool compound = false;
        for (const Token& tok : tokens) {
            ++pos;
            if (tok.term.empty() || tok.term.size() > kMaxTerm)
                continue;
            doc.add_posting(tok.term, pos);
            const std::string* stemmed = nullptr;
            if (stemmer && !tok.cjk && stemmable(tok.term)) {
                stemmed = &stem(*stemmer, source.language, tok.term);
                doc.add_term(*stemmed);
            }
            if (!tok.joined.empty() && tok.joined.size() < kMaxTerm) {
                // The joined word of "e-mail", at the first and the last part's positions (a hit spans both).
                const std::string joined = kJoined + tok.joined;
                doc.add_posting(joined, pos);
                doc.add_posting(joined, pos + Xapian::termpos(tok.joinedCount - 1));
                if (stemmer && stemmable(tok.joined)) {
                    const std::string& z = stem(*stemmer, source.language, tok.joined);
                    doc.add_term(z);
                    addSynonym(z, joined);
                }
            }
            if (tok.parts.empty())
                continue;
            compound = true;
            // Parts stand at the word's position; each stem counts once per position, so a stem's wdf is
            // the number of positions it matches.
            std::vector<const std::string*> stems{stemmed};
            for (const std::string& part : tok.parts) {
                if (part.empty() || part.size() > kMaxTerm || part == tok.term
                    || std::find(tok.parts.data(), &part, part) != &part)
                    continue;
                doc.add_posting(part, pos);
                if (!stemmer || !stemmable(part))
                    continue;
                const std::string& z = stem(*stemmer, source.language, part);
                if (std::find_if(stems.begin(), stems.end(), [&](const std::string* s) { return s && *s == z; }) != stems.end())
                    continue;
                doc.add_term(z);
                stems.push_back(&z);
            }
        }
        if (compound)
            doc.add_boolean_term(kCompound);
        words += qint64(tokens.size());

        const Id who = t.participant ? t.participant : source.participant;
        doc.add_boolean_term(kSourceGuid + guid);
        doc.add_boolean_term(sourceTerm);
        if (!t.speaker.trimmed().isEmpty())
            doc.add_boolean_term(kSpeaker + value(t.speaker));
        DocData data{source.id, t.id, t.span, who, t.speaker, source.name, {}, {}, {}};
        const auto p = participants.constFind(who);
        if (p != participants.cend()) {
            data.participantName = p->name;
            data.attributes = p->attributes;
            doc.add_boolean_term(kParticipant + value(p->name));
            for (auto a = p->attributes.cbegin(); a != p->attributes.cend(); ++a)
                doc.add_boolean_term(attributePrefix(a.key()) + value(a.value()));
        }
        doc.add_value(kOrderSlot, orderKey + Xapian::sortable_serialise(double(t.span.start)));
        data.text = turnText;
        doc.set_data(data.encode());
        prepared.documents.push_back(std::move(doc));
    }
    prepared.words = words;
    m_pending = nullptr;
    return prepared;
}

}  // namespace thema
