package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
            return reply.with(reply.state().withIntake(progress.waitingFor(new PeoplePending(PeoplePending.PART,
                    fixing, line)))).thenAsk();
        }
        String part = read.partGiven() ? read.part() : "";
        String topicText = read.topic();
        if (part.isEmpty() && !topicText.isEmpty() && topicText.indexOf(' ') < 0) {
            // a part typed with a slip ("recuriter") reads as a one-word topic; the options forgive slips
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
        Contact person = new Contact(read.name(), part, detail, read.title(), null, null);
        List<Contact> people = new ArrayList<>(progress.contacts());
        int index = fixing >= 0 && fixing < people.size() ? fixing : people.size();
        if (index < people.size()) {
            people.set(index, person);
        } else {
            people.add(person);
        }
        IntakeProgress added = PeopleStep.changed(progress, people).waitingFor(topic.needsFewWords()
                ? PeoplePending.fewWords(index) : null);
        reply = reply.with(reply.state().withIntake(added));
        return topic.needsFewWords() ? reply.thenAsk() : readBack(reply, added, index);
    }

    /** Says how person {@code index} was read, with buttons to fix or remove them, then asks on. */
    Reply readBack(Reply reply, IntakeProgress progress, int index) {
        Contact person = progress.contacts().get(index);
        Topic topic = topics.read(person.detail(), Audience.about(person.firstName(), ""));
        String name = who(person);
        String text = views.say(person.named() ? Line.CONTACT_READ : Line.CONTACT_READ_NO_NAME, Map.of("name", name, "part", partLabel(person.part()),
                "detail", topic.isPhrase() ? topic.text() : "", "what", topic.isClause() ? topic.text() : ""));
        String target = index + ":" + key(person);
        return reply.say(text, List.of(
                Choice.of(views.say(Line.CHOICE_FIX_PERSON, Map.of("name", name)), "fix",
                        new Action.Person(Action.Person.FIX, target)),
                Choice.of(views.say(Line.CHOICE_REMOVE_PERSON, Map.of("name", name)), "remove",
                        new Action.Person(Action.Person.REMOVE, target)))).thenAsk();
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
        if (!topic.isPhrase() && !topic.isClause()) {
            return noTopic(reply, done, index);
        }
        List<Contact> people = new ArrayList<>(done.contacts());
        people.set(index, new Contact(person.name(), person.part(), text.strip(), person.title(), null, null));
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
