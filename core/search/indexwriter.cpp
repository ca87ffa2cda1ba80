#include "indexwriter.h"

#include "indexterms.h"
#include "text/offsets.h"

namespace thema {

using namespace indexterms;

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
    std::string synonym = z;
    synonym.push_back('\0');
    synonym += term;
    if (m_synonyms.insert(synonym).second)
        m_db.add_synonym(z, term);
    return stems.emplace(term, std::move(z)).first->second;
}

void IndexWriter::remove(const QString& sourceGuid)
{
    m_db.delete_document(kSourceGuid + sourceGuid.toStdString());
}

qint64 IndexWriter::write(const IndexedSource& is, const QString& text, const QHash<Id, Participant>& participants)
{
    const Source& source = is.source;
    remove(source.guid);
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
        for (const Token& tok : tokens) {
            ++pos;
            if (tok.term.empty() || tok.term.size() > kMaxTerm)
                continue;
            doc.add_posting(tok.term, pos);
            const unsigned char first = static_cast<unsigned char>(tok.term[0]);
            if (stemmer && !tok.cjk && (first >= 0x80 || (first >= 'a' && first <= 'z')))
                doc.add_term(stem(*stemmer, source.language, tok.term));
        }
        words += qint64(tokens.size());

        const Id who = t.participant ? t.participant : source.participant;
        const std::string unique = kUnique + guid + ':' + (t.id ? std::to_string(t.id) : 'p' + std::to_string(t.span.start));
        doc.add_boolean_term(unique);
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
        m_db.add_document(doc);  // the source's old documents were deleted above
    }
    return words;
}

}  // namespace thema
