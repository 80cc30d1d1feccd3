package rebound.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads one person as members type them, in any of the shapes people use: "Priya (HM) - loved her
 * take on design systems", "recruiter, Dana Smith, salary bands", "Jen from HR", "Chris from the
 * panel", "Dana who interviewed me", "the HR lady", "Dr. Emily Chen", "ANA BELL". Every word it
 * understands comes from {@code people.txt} (issue 12, section 1); only punctuation is in Java.
 *
 * <p>A line is cut into pieces at commas, colons, semicolons, parentheses, slashes and free-standing
 * dashes. A piece is a part, a name, both ("recruiter Dana Smith"), a name or part joined to a place
 * ("Jen from HR", "Dana at Acme": the place is dropped), a who-clause, or what they talked about.
 * The first name-like piece is the name; a part word or a pronoun is never taken for one.
 * Reading is pure and allocation-light: microseconds per line (see ReadingBenchmark).
 */
public final class ContactReader {

    private final ReadingVocabulary v;
    private final Names names;
    private final PieceReader pieces;
    private final Remarks remarks;

    /** A reader over the loaded {@code people.txt} and {@code topics.txt}; one instance serves every member and thread. */
    public ContactReader(ReadingVocabulary vocabulary) {
        this.v = vocabulary;
        this.names = new Names(vocabulary);
        this.pieces = new PieceReader(vocabulary, names);
        this.remarks = new Remarks(vocabulary);
    }

    /**
     * Reads one line as the member typed it.
     *
     * @param line one person, e.g. "recruiter, Dana Smith, salary bands"; null or blank reads as nobody
     * @return the person: name (empty when none was given), greeting names, title, part (a stable id,
     *         {@code other} when none was named), the raw topic, and the question to ask when a word
     *         could mean two parts
     */
    public ReadContact read(String line) {
        String text = line == null ? "" : line.strip();
        PieceReader.Found found = new PieceReader.Found();
        for (String piece : LinePieces.of(text)) {
            pieces.readPiece(piece, found);
        }
        String part = ReadingVocabulary.NO_PART;
        boolean partGiven = false;
        for (String candidate : v.partOrder()) {
            if (found.parts.contains(candidate)) {
                part = candidate;
                partGiven = true;
                break;
            }
        }
        boolean remark = false;
        boolean disliked = false;
        for (java.util.Iterator<String> topics = found.topics.iterator(); topics.hasNext(); ) {
            Remarks.Remark read = remarks.read(topics.next());
            if (read.remark()) {
                topics.remove(); // a note to self is never a topic (issue 18)
                remark = true;
                disliked |= read.disliked();
            }
        }
        disliked |= remarks.read(text).disliked(); // "Una, recruiter, on her phone the whole call"
        Ambiguity ambiguity = null;
        if (found.several) {
            return new ReadContact("", "", "", "", part, partGiven, String.join(", ", found.topics), "",
                    new Ambiguity(Ambiguity.SEVERAL_PEOPLE, v.severalPeople, List.of()));
        }
        if (!partGiven && !found.asks.isEmpty()) {
            String word = found.asks.get(0);
            ReadingVocabulary.Ask ask = v.asks.get(word);
            ambiguity = new Ambiguity(word, ask.question(), ask.choices());
        }
        List<String> written = found.nameWords == null ? List.of() : names.write(found.nameWords);
        String name = String.join(" ", written);
        String title = name.isEmpty() ? "" : found.title;
        Names.Greeting greeting = names.greet(written, title, found.nickname);
        return new ReadContact(name, title, greeting.warm(), greeting.formal(), part, partGiven,
                String.join(", ", found.topics), pronoun(found), ambiguity, greeting.choices(), remark, disliked);
    }

    /**
     * The warm greetings to offer for a written name when Rebound cannot tell how to greet them (a name
     * that starts with a family name usually written first: "Nguyễn Thị Minh Khai" -> the full name,
     * "Minh Khai", "Khai"); empty when the name tells. Cheaper than reading the name as a line.
     *
     * @param name  a name as {@link ReadContact#name()} writes it
     * @param title the title typed with it ("Dr."), offered with the family name; empty for none
     */
    public List<String> greetings(String name, String title) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        List<String> written = List.of(Phrases.SPACES.split(name.strip()));
        return names.greet(written, title == null ? "" : title, null).choices();
    }

    /**
     * Whether a detail the member gave about someone is a note to self rather than a topic ("kinda rude
     * tbh"), and whether it says they did not like the person; see {@link Remarks}.
     */
    public Remarks.Remark remark(String detail) {
        return remarks.read(detail);
    }

    /**
     * Reads the name field of the contact form as a typed line is read (title kept, capitals given, a
     * part word, pronoun or remark such as "didn't catch her name" never a name; a part or topic on it
     * kept). A field the rules see no name in but which is no part or remark either ("Dana <!here>",
     * "Dana and Sam") is the name as typed, with a title taken off and capitals given.
     *
     * @param field the name field as submitted; null or blank reads as nobody
     * @return the person that field describes; {@link ReadContact#partGiven()} when it names a part
     */
    public ReadContact readName(String field) {
        ReadContact read = read(field);
        boolean several = read.question().map(Ambiguity::severalPeople).orElse(false);
        if (read.hasName() || read.topic().isEmpty() && !several) {
            return read;
        }
        List<String> words = new ArrayList<>(List.of(Phrases.SPACES.split(field.strip())));
        String title = v.titles.getOrDefault(Phrases.norm(words.get(0)), "");
        if (!title.isEmpty() && words.size() > 1) {
            words.remove(0);
        } else {
            title = "";
        }
        List<String> written = names.write(words).stream().filter(w -> !w.isEmpty()).toList();
        Names.Greeting greeting = names.greet(written, title, null);
        return new ReadContact(String.join(" ", written), title, greeting.warm(), greeting.formal(),
                ReadingVocabulary.NO_PART, false, "", read.pronoun(), null, greeting.choices(), read.remark(),
                read.disliked());
    }

    /**
     * The part a field names with the part words of {@code people.txt} ("HR" -> recruiter, "head of
     * design" -> executive; the block written first wins), for a field that holds only a part.
     *
     * @return the part id, or empty when the field names none or only a word that could mean two ("PM")
     */
    public java.util.Optional<String> partIn(String field) {
        List<String> words = Phrases.words(field == null ? "" : field);
        List<String> named = new ArrayList<>(1);
        for (PieceReader.Span span : pieces.spans(words)) {
            if (span.part() != null) {
                named.add(span.part());
            }
        }
        return v.partOrder().stream().filter(named::contains).findFirst();
    }

    /**
     * The pronoun the line gives the person: a declaration ("she/her", "they/them") first, else the
     * first word of the sets a line may reveal ("loved her take" -> "she"); empty when none.
     */
    private String pronoun(PieceReader.Found found) {
        if (found.declared != null) {
            return found.declared;
        }
        for (String word : found.allWords) {
            for (String set : v.guessedPronouns) {
                ReadingVocabulary.PronounSet pronouns = v.pronouns.get(set);
                if (pronouns != null && pronouns.any(word)) {
                    return set;
                }
            }
        }
        return "";
    }
}
