package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Form;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.intake.PeoplePending;
import rebound.intake.Step;
import rebound.reading.Ambiguity;
import rebound.reading.Audience;
import rebound.reading.ContactReader;
import rebound.reading.ReadContact;
import rebound.reading.ReadingVocabulary;
import rebound.reading.Topic;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.words.Line;

/**
 * One person entered at the people step (issue 12, section 1): a typed line read with
 * {@link ContactReader} into a person (name, title, part, topic); a word that could mean two parts is
 * asked about rather than guessed, a detail that is no topic is dropped and one too long to be a topic
 * is asked for again in a few words; then the person is read back with one-tap buttons to fix or
 * remove them. {@link PeopleStep} decides what a line is; this reads it and says how it was read.
 *
 * <p>Every handler ends with {@link Reply#thenAsk()}: the question (or the pending one) is asked once by
 * the router.
 */
final class PersonEntry {

    private final Views views;
    private final ContactReader contacts;
    private final TopicReader topics;
    private final ReadingVocabulary reading;
    private final OptionMatcher matcher;

    PersonEntry(Views views, ReadingVocabulary reading, OptionMatcher matcher) {
        this.views = views;
        this.reading = reading;
        this.contacts = new ContactReader(reading);
        this.topics = new TopicReader(reading);
        this.matcher = matcher;
    }

    /** A typed line read as a person, not yet added. */
    ReadContact read(String line) {
        return contacts.read(line);
    }

    /** Whether {@code text}, given as what the member talked about with someone, says "no topic". */
    boolean isNoTopic(String text) {
        return topics.read(text, Audience.about("", "")).isNone();
    }

    /** A line read as a person: their part asked when unclear, else added (or fixed) and read back. */
    Reply person(Reply reply, IntakeProgress progress, Step step, ReadContact read, String line) {
        Optional<Ambiguity> question = read.question();
        if (question.isPresent() && question.get().severalPeople()) {
            return reply.say(question.get().question()).thenAsk();
        }
        PeoplePending pending = progress.pending();
        int fixing = pending != null && pending.person() >= 0 ? pending.person() : -1;
        if (question.isPresent()) {
            return reply.with(reply.state().withIntake(progress.waitingFor(
                    new PeoplePending(PeoplePending.Waits.PART, fixing, line)))).thenAsk();
        }
        String part = read.partGiven() ? read.part() : "";
        String topicText = read.topic();
        if (part.isEmpty() && !topicText.isEmpty() && topicText.split(" ").length <= 2) {
            // a part typed with a slip ("recuriter", "hiring manger") reads as a short topic; the options forgive slips
            Optional<Option> slipped = matcher.one(topicText, step.options());
            if (slipped.isPresent()) {
                part = slipped.get().value();
                topicText = "";
            }
        }
        if (!read.hasName() && part.isEmpty()) {
            return reply.say(views.say(Line.NOT_UNDERSTOOD, Map.of("hint", views.say(Line.HINT_CONTACT_NAME))))
                    .thenAsk();
        }
        Topic topic = topics.read(topicText, Audience.about(read.hasName() ? read.name().split(" ")[0] : "",
                read.pronoun()));
        String detail = topic.isPhrase() || topic.isClause() ? topicText : "";
        Contact person = contactOf(read, part, detail);
        List<Contact> people = new ArrayList<>(progress.contacts());
        int index = fixing >= 0 && fixing < people.size() ? fixing : sameAs(people, person);
        boolean listed = fixing < 0 && index < people.size();
        if (listed) {
            person = merged(people.get(index), person); // typed again, or the rest of someone already added
        }
        if (index < people.size()) {
            people.set(index, person);
        } else {
            people.add(person);
        }
        IntakeProgress added = PeopleStep.changed(progress, people).waitingFor(topic.needsFewWords()
                ? PeoplePending.fewWords(index) : null);
        reply = reply.with(reply.state().withIntake(added));
        if (listed) { // issue 18: one entry for one person, and the member is told why no second one appeared
            reply = reply.say(views.say(Line.CONTACT_ALREADY_LISTED, Map.of("name", who(person))));
        }
        return topic.needsFewWords() ? reply.thenAsk() : readBack(reply, added, index);
    }

    /**
     * The person a line was read as, with the part and detail kept: the warm and formal greetings are
     * kept when they differ from what the name alone gives ("Bart", "María José", "Dr. Chen" for a family name
     * typed with its title, "Dr. Becker",
     * "Prof. de la Cruz"), and a remark that the member did not like them is kept as a mark (issue 18).
     */
    static Contact contactOf(ReadContact read, String part, String detail) {
        Contact plain = new Contact(read.name(), part, detail, read.title(), null, null);
        String greeting = read.greetingName().equals(plain.firstName()) ? "" : read.greetingName();
        String formal = read.formalGreetingName().equals(plain.formalName()) ? "" : read.formalGreetingName();
        return new Contact(read.name(), part, detail, read.title(), null, null, greeting, formal, read.disliked());
    }

    /**
     * Where {@code person} already is in the list, else the list's size (issue 18): the same name typed
     * again is that person; a line with no name whose part is one a process has one of (people.txt's
     * {@code one of a kind:}, the hiring manager) is the named person with that part.
     */
    private int sameAs(List<Contact> people, Contact person) {
        for (int i = 0; i < people.size(); i++) {
            if (person.named() && sameName(people.get(i).name(), person.name())) {
                return i;
            }
        }
        if (person.named()) {
            return people.size();
        }
        for (int i = 0; i < people.size(); i++) {
            Contact known = people.get(i);
            if (known.named() && !person.part().isEmpty() && known.part().equals(person.part())
                    && reading.oneOfAKind(person.part())) {
                return i;
            }
        }
        return people.size();
    }

    /**
     * Whether two typed names are one person's: the same letters whatever their case and accents, as
     * members type a name once with its marks and once without ("Nguyễn Thị Minh Khai", "nguyen thi
     * minh khai"; "José", "jose").
     */
    static boolean sameName(String a, String b) {
        return folded(a).equals(folded(b));
    }

    private static String folded(String name) {
        String bare = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').replace('ł', 'l').replace('Ł', 'L')
                .replace('ø', 'o').replace('Ø', 'O');
        return String.join(" ", bare.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    }

    /** A person already added, with what a later line about them adds: its part and topic when it gives them. */
    private static Contact merged(Contact known, Contact line) {
        String part = line.part().isEmpty() ? known.part() : line.part();
        String detail = line.detail().isEmpty() ? known.detail() : line.detail();
        return new Contact(known.name(), part, detail, known.title().isEmpty() ? line.title() : known.title(), null,
                null, known.greeting().isEmpty() ? line.greeting() : known.greeting(),
                known.formal().isEmpty() ? line.formal() : known.formal(), known.disliked() || line.disliked());
    }

    /** Says how person {@code index} was read, with buttons to fix or remove them, then asks on. */
    Reply readBack(Reply reply, IntakeProgress progress, int index) {
        Contact person = progress.contacts().get(index);
        Topic topic = topics.read(person.detail(), Audience.about(person.firstName(), ""));
        String name = who(person);
        String text = views.say(person.named() ? Line.CONTACT_READ : Line.CONTACT_READ_NO_NAME, Map.of("name", name, "part", partLabel(person.part()),
                "detail", topic.isPhrase() ? topic.text() : "", "what", topic.isClause() ? topic.text() : ""));
        String target = index + ":" + key(person);
        List<Choice> choices = new ArrayList<>(List.of(
                Action.choice(views.say(Line.CHOICE_FIX_PERSON, Map.of("name", name)), "fix",
                        new Action.Person(Action.Person.FIX, target)),
                Action.choice(views.say(Line.CHOICE_REMOVE_PERSON, Map.of("name", name)), "remove",
                        new Action.Person(Action.Person.REMOVE, target))));
        reply = reply.say(text, choices);
        List<String> greetings = greetings(person);
        if (greetings.size() > 1) {
            List<Choice> greet = new ArrayList<>();
            for (int n = 0; n < greetings.size(); n++) {
                greet.add(Action.choice(views.say(Line.CHOICE_GREET, Map.of("greeting", greetings.get(n))), "greet " + n,
                        new Action.Person(Action.Person.GREET, target + ":" + n)));
            }
            reply = reply.say(views.say(Line.CONTACT_GREET_ASK, Map.of("name", name, "greeting", person.firstName())),
                    greet);
        }
        return reply.thenAsk();
    }

    /**
     * The warm greetings to offer for a person whose name Rebound cannot tell how to greet (a name
     * written family name first), the one used first; empty when the name tells.
     */
    List<String> greetings(Contact person) {
        return contacts.greetings(person.name(), person.title());
    }

    /** Person {@code index} is greeted by the n-th greeting offered ({@link #greetings}); said so, then asks on. */
    Reply greet(Reply reply, IntakeProgress progress, int index, int n) {
        Contact person = progress.contacts().get(index);
        List<String> greetings = greetings(person);
        if (n < 0 || n >= greetings.size()) {
            return views.stale(reply);
        }
        String chosen = greetings.get(n);
        String family = person.name().split(" ")[0];
        boolean titled = chosen.endsWith(" " + family) && !chosen.startsWith(family); // "Ms. Nguyễn": formal notes too
        Contact greeted = new Contact(person.name(), person.part(), person.detail(), person.title(), person.told(),
                person.clicked(), chosen, titled ? chosen : person.formal(), person.disliked());
        List<Contact> people = new ArrayList<>(progress.contacts());
        people.set(index, greeted);
        IntakeProgress updated = progress.withContacts(people);
        return reply.with(reply.state().withIntake(updated)).say(views.say(Line.CONTACT_GREETING_SET,
                Map.of("name", person.name(), "greeting", greetings.get(n)))).thenAsk();
    }

    /**
     * What the notes will say about {@code person}, for the summary before the drafts (issue 18): the
     * greeting in the member's tone and the topic as the reader will read it, or none.
     *
     * @param tone the tone chosen ({@code formal} greets by title and family name), or empty
     */
    String notePreview(Contact person, String tone) {
        Topic topic = topics.read(person.detail(), Audience.to(person.firstName(), ""));
        String greeting = views.say(Line.SUMMARY_NOTE_GREETING, Map.of("formal", "formal".equals(tone) ? "yes" : "",
                "name", person.named() ? "yes" : "", "first_name", person.firstName(),
                "formal_name", person.formalName()));
        return views.say(Line.SUMMARY_CONTACT_NOTE, Map.of("name", who(person), "greeting", greeting,
                "topic", topic.isPhrase() ? topic.text() : "", "clause", topic.isClause() ? topic.text() : ""));
    }

    /** The part picked for the pending line whose part was asked: the line is read again with it. */
    Reply chosenPart(Reply reply, IntakeProgress progress, Step step, String part) {
        String line = progress.pending().line();
        return person(reply, progress, step, contacts.read(line).withPart(part), line);
    }

    /** A few words about person {@code index}, asked for when their detail was too long to be a topic. */
    Reply fewWords(Reply reply, IntakeProgress progress, int index, String text) {
        Contact person = progress.contacts().get(index);
        Topic topic = topics.read(text, Audience.about(person.firstName(), ""));
        IntakeProgress done = progress.waitingFor(null);
        if (contacts.remark(text).remark() || !topic.isPhrase() && !topic.isClause()) {
            return noTopic(reply, done, index); // a note to self is never a topic (issue 18)
        }
        List<Contact> people = new ArrayList<>(done.contacts());
        people.set(index, person.withDetail(text.strip()).unmarked());
        IntakeProgress updated = PeopleStep.changed(done, people);
        return readBack(reply.with(reply.state().withIntake(updated)), updated, index);
    }

    /** Person {@code index} keeps no topic: said so, then read back. */
    Reply noTopic(Reply reply, IntakeProgress progress, int index) {
        Contact person = progress.contacts().get(index);
        reply = reply.with(reply.state().withIntake(progress))
                .say(views.say(Line.CONTACT_NO_TOPIC, Map.of("name", who(person))));
        return readBack(reply, progress, index);
    }

    /** The parts a line could mean, when its reading asks which (empty when it does not). */
    List<Option> partOptions(ReadContact read) {
        return read.question().map(a -> a.choices().stream()
                .map(c -> new Option(c.part(), c.label(), List.of(reading.partLabel(c.part())))).toList())
                .orElse(List.of());
    }

    private String partLabel(String part) {
        return part.isEmpty() ? "" : reading.partLabel(part);
    }

    /** How a person is named to the member: their name, else by their part ("the recruiter"). */
    String who(Contact person) {
        return person.named() ? person.name()
                : views.say(Line.CONTACT_NO_NAME, Map.of("part", partLabel(person.part())));
    }

    /** A short check that a button still names the person it was shown for: their first name, or their part. */
    static String key(Contact person) {
        String key = (person.named() ? person.firstName() : person.part()).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_]", "");
        key = key.isEmpty() ? "-" : key;
        return key.length() > 20 ? key.substring(0, 20) : key;
    }
}
