package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import rebound.intake.IntakeProgress;
import rebound.intake.OptionMatcher;
import rebound.intake.Option;
import rebound.intake.PeoplePending;
import rebound.intake.Step;
import rebound.reading.Ambiguity;
import rebound.reading.Audience;
import rebound.reading.ContactReader;
import rebound.reading.PeopleCommand;
import rebound.reading.ReadContact;
import rebound.reading.ReadingVocabulary;
import rebound.reading.Topic;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.words.Line;

/**
 * The people step, one person per message (issue 12, section 1): each line is read with
 * {@link ContactReader} (name, title, part, topic), a word that could mean two parts is asked about
 * rather than guessed, a detail that is no topic is dropped and one too long to be a topic is asked
 * for again in a few words, and each person is read back with one-tap buttons to fix or remove them.
 * {@code remove NAME} and {@code fix NAME} change the people already added; {@code back} drops the
 * last one. What the step waits for between messages is the intake's {@link PeoplePending}.
 *
 * <p>Every handler ends with {@link Reply#thenAsk()}: the question (or the pending one, see
 * {@link IntakePrompt}) is asked once by the router.
 */
final class PeopleStep {

    /** Steps whose answers name people by their place in the list: a change to the list clears them. */
    static final List<String> ABOUT_THE_PEOPLE = List.of("told_by", "clicked_with");

    /** Room for the name on a typed line, besides the step's {@code max} for part and detail (as the form allows). */
    private static final int LONGEST_NAME = 80;

    private final Views views;
    private final ContactReader contacts;
    private final TopicReader topics;
    private final ReadingVocabulary reading;
    private final OptionMatcher matcher;

    PeopleStep(Views views, ReadingVocabulary reading, OptionMatcher matcher) {
        this.views = views;
        this.reading = reading;
        this.contacts = new ContactReader(reading);
        this.topics = new TopicReader(reading);
        this.matcher = matcher;
    }

    /** A line typed at the people step that is not "done" (nor a control): a person, a command, or what is pending. */
    Reply typed(Reply reply, IntakeProgress progress, Step step, String text) {
        PeoplePending pending = progress.pending();
        if (pending != null && pending.is(PeoplePending.PART)) {
            Optional<Option> part = matcher.one(text, partOptions(contacts.read(pending.line())));
            return part.isPresent() ? chosenPart(reply, progress, step, part.get().value())
                    : reply.say(views.say(Line.HINT_PICK_ONE,
                            Map.of("options", Views.optionList(partOptions(contacts.read(pending.line())))))).thenAsk();
        }
        if (pending != null && pending.is(PeoplePending.FEW_WORDS)) {
            ReadContact next = contacts.read(text);
            if (!(next.partGiven() && (next.hasName() || text.indexOf(',') >= 0))) {
                return fewWords(reply, progress, pending.person(), text);
            }
            // the member went on to the next person: the one asked about keeps no topic
            Contact skipped = progress.contacts().get(pending.person());
            progress = progress.waitingFor(null);
            reply = reply.with(reply.state().withIntake(progress))
                    .say(views.say(Line.CONTACT_NO_TOPIC, Map.of("name", who(skipped))));
        }
        Optional<PeopleCommand> command = PeopleCommand.read(reading, text, names(progress.contacts()));
        if (command.isPresent()) {
            return command(reply, progress, command.get());
        }
        if (text.length() > step.maxLength() + LONGEST_NAME) {
            return reply.say(views.say(Line.NOT_UNDERSTOOD, Map.of("hint", views.say(Line.HINT_TOO_LONG)))).thenAsk();
        }
        return person(reply, progress, step, contacts.read(text), text);
    }

    /**
     * Whether {@code text} answers the question the people step asked of its own: "none" to "what did
     * you talk about?" is no topic, not the end of the people ("done" still is).
     */
    boolean answersItsQuestion(IntakeProgress progress, String text) {
        PeoplePending pending = progress.pending();
        return pending != null && pending.is(PeoplePending.FEW_WORDS)
                && topics.read(text, Audience.about("", "")).isNone();
    }

    /** A fix, remove or part button pressed at the people step. */
    Reply pressed(Reply reply, IntakeProgress progress, Step step, Action.Person pressed) {
        if (pressed.verb().equals(Action.Person.PART)) {
            PeoplePending pending = progress.pending();
            if (pending == null || !pending.is(PeoplePending.PART)
                    || partOptions(contacts.read(pending.line())).stream()
                    .noneMatch(o -> o.value().equals(pressed.target()))) {
                return views.stale(reply);
            }
            return chosenPart(reply, progress, step, pressed.target());
        }
        String[] target = pressed.target().split(":", 2);
        int index;
        try {
            index = Integer.parseInt(target[0]);
        } catch (NumberFormatException e) {
            return views.stale(reply);
        }
        List<Contact> people = progress.contacts();
        if (index < 0 || index >= people.size() || target.length < 2 || !key(people.get(index)).equals(target[1])) {
            return views.stale(reply);
        }
        return pressed.verb().equals(Action.Person.REMOVE) ? remove(reply, progress, index)
                : reply.with(reply.state().withIntake(progress.waitingFor(PeoplePending.fix(index)))).thenAsk();
    }

    /**
     * {@code back} at the people step: drops what is pending (a line whose part was asked, a fix) or
     * else the last person added; empty when there is nobody to drop, so the intake goes back a step.
     */
    Optional<Reply> back(Reply reply, IntakeProgress progress) {
        PeoplePending pending = progress.pending();
        if (pending != null && !pending.is(PeoplePending.FEW_WORDS)) {
            return Optional.of(reply.with(reply.state().withIntake(progress.waitingFor(null))).thenAsk());
        }
        if (progress.contacts().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(remove(reply, progress, progress.contacts().size() - 1));
    }

    /** {@code skip} at the people step: a pending few words become no topic; empty when nothing is pending. */
    Optional<Reply> skip(Reply reply, IntakeProgress progress) {
        PeoplePending pending = progress.pending();
        if (pending == null || !pending.is(PeoplePending.FEW_WORDS)) {
            return Optional.empty();
        }
        return Optional.of(noTopic(reply, progress.waitingFor(null), pending.person()));
    }

    /** The question pending at the people step, with its choices, or null when the step's own question applies. */
    Outbound pendingQuestion(String member, IntakeProgress progress) {
        PeoplePending pending = progress.pending();
        if (pending == null) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        String text;
        if (pending.is(PeoplePending.PART)) {
            ReadContact read = contacts.read(pending.line());
            text = read.question().map(Ambiguity::question).orElse("");
            for (Option option : partOptions(read)) {
                choices.add(Choice.of(option.label(), option.value(), new Action.Person(Action.Person.PART,
                        option.value())));
            }
        } else {
            Contact person = progress.contacts().get(pending.person());
            Line line = pending.is(PeoplePending.FIX) ? Line.CONTACT_FIX : Line.CONTACT_FEW_WORDS;
            text = views.say(line, Map.of("name", who(person)));
            if (pending.is(PeoplePending.FEW_WORDS)) {
                choices.add(Choice.of(views.say(Line.CHOICE_SKIP), "skip", new Action.Control(IntakeControl.SKIP)));
            }
        }
        return new Outbound(member, text, "contacts", choices, false, List.of(), List.of(), false, null);
    }

    /** How a person is named to the member: their name, else by their part ("the recruiter"). */
    String who(Contact person) {
        return person.named() ? person.name()
                : views.say(Line.CONTACT_NO_NAME, Map.of("part", partLabel(person.part())));
    }

    /**
     * A step about the people ({@code told_by}, {@code clicked_with}) with them as its first options:
     * {@code p1 = Dana Smith}, ..., then the step's own ("An e-mail from the company"). A person is also
     * found by their first or last name.
     */
    Step withPeople(Step step, List<Contact> people) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Contact person = people.get(i);
            List<String> aliases = person.named() ? List.of(person.name(), person.firstName(), person.lastName())
                    : List.of();
            options.add(new Option(Step.personValue(i), who(person), aliases));
        }
        options.addAll(step.options());
        return step.withOptions(options);
    }

    /**
     * The people marked as the answer to a step about them says: {@code told_by} marks who told the
     * news (everyone else did not; an option such as "an e-mail" means nobody did), {@code clicked_with}
     * whom the member clicked with. A skipped step (empty answer) leaves the mark unknown.
     */
    static IntakeProgress marked(IntakeProgress progress, String stepId, String answer) {
        boolean told = stepId.equals("told_by");
        if (!told && !stepId.equals("clicked_with")) {
            return progress;
        }
        List<String> picked = answer.isEmpty() ? List.of() : List.of(answer.split(","));
        List<Contact> people = new ArrayList<>();
        for (int i = 0; i < progress.contacts().size(); i++) {
            Contact c = progress.contacts().get(i);
            Boolean mark = answer.isEmpty() ? null : picked.contains(Step.personValue(i));
            people.add(told ? new Contact(c.name(), c.part(), c.detail(), c.title(), mark, c.clicked())
                    : new Contact(c.name(), c.part(), c.detail(), c.title(), c.told(), mark));
        }
        return progress.withContacts(people);
    }

    /**
     * The people changed: an answer that named some of them by their place in the list no longer
     * holds and is asked again; one that named none of them ("an e-mail", "no one in particular",
     * skipped) still holds and marks the new list the same way.
     */
    static IntakeProgress changed(IntakeProgress progress, List<Contact> people) {
        IntakeProgress result = progress.withContacts(people.stream()
                .map(c -> new Contact(c.name(), c.part(), c.detail(), c.title(), null, null)).toList());
        for (String step : ABOUT_THE_PEOPLE) {
            String answer = result.answer(step);
            if (answer == null) {
                continue;
            }
            boolean namedSomeone = java.util.Arrays.stream(answer.split(",")).anyMatch(v -> Step.personIndex(v) >= 0);
            result = namedSomeone ? result.unanswered(step) : marked(result, step, answer);
        }
        return result;
    }

    private Reply person(Reply reply, IntakeProgress progress, Step step, ReadContact read, String line) {
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
        IntakeProgress added = changed(progress, people).waitingFor(topic.needsFewWords()
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

    private Reply chosenPart(Reply reply, IntakeProgress progress, Step step, String part) {
        String line = progress.pending().line();
        return person(reply, progress, step, contacts.read(line).withPart(part), line);
    }

    private Reply fewWords(Reply reply, IntakeProgress progress, int index, String text) {
        Contact person = progress.contacts().get(index);
        Topic topic = topics.read(text, Audience.about(person.firstName(), ""));
        IntakeProgress done = progress.waitingFor(null);
        if (!topic.isPhrase() && !topic.isClause()) {
            return noTopic(reply, done, index);
        }
        List<Contact> people = new ArrayList<>(done.contacts());
        people.set(index, new Contact(person.name(), person.part(), text.strip(), person.title(), null, null));
        IntakeProgress updated = changed(done, people);
        return readBack(reply.with(reply.state().withIntake(updated)), updated, index);
    }

    private Reply noTopic(Reply reply, IntakeProgress progress, int index) {
        Contact person = progress.contacts().get(index);
        reply = reply.with(reply.state().withIntake(progress))
                .say(views.say(Line.CONTACT_NO_TOPIC, Map.of("name", who(person))));
        return readBack(reply, progress, index);
    }

    private Reply command(Reply reply, IntakeProgress progress, PeopleCommand command) {
        List<Contact> people = progress.contacts();
        if (command.index() >= 0) {
            return command.action().equals(PeopleCommand.REMOVE) ? remove(reply, progress, command.index())
                    : reply.with(reply.state().withIntake(progress.waitingFor(PeoplePending.fix(command.index()))))
                    .thenAsk();
        }
        List<Integer> candidates = command.matches().isEmpty() && command.typed().isBlank()
                ? java.util.stream.IntStream.range(0, people.size()).boxed().toList() : command.matches();
        if (candidates.isEmpty()) {
            return reply.say(views.say(Line.CONTACT_NOT_FOUND, Map.of("name", command.typed(),
                    "list", people.isEmpty() ? "-" : String.join(", ", people.stream().map(this::who).toList()))))
                    .thenAsk();
        }
        String verb = command.action().equals(PeopleCommand.REMOVE) ? Action.Person.REMOVE : Action.Person.FIX;
        List<Choice> choices = candidates.stream().map(i -> Choice.of(who(people.get(i)), String.valueOf(i),
                new Action.Person(verb, i + ":" + key(people.get(i))))).toList();
        return reply.say(views.say(Line.CONTACT_WHICH), choices).thenAsk();
    }

    private Reply remove(Reply reply, IntakeProgress progress, int index) {
        List<Contact> people = new ArrayList<>(progress.contacts());
        Contact removed = people.remove(index);
        IntakeProgress fewer = changed(progress, people).waitingFor(null);
        return reply.with(reply.state().withIntake(fewer))
                .say(views.say(Line.CONTACT_REMOVED, Map.of("name", who(removed)))).thenAsk();
    }

    private List<Option> partOptions(ReadContact read) {
        return read.question().map(a -> a.choices().stream()
                .map(c -> new Option(c.part(), c.label(), List.of(reading.partLabel(c.part())))).toList())
                .orElse(List.of());
    }

    private String partLabel(String part) {
        return part.isEmpty() ? "" : reading.partLabel(part);
    }

    private static List<String> names(List<Contact> people) {
        return people.stream().map(Contact::name).toList();
    }

    /** A short check that a button still names the person it was shown for: their first name, or their part. */
    private static String key(Contact person) {
        String key = (person.named() ? person.firstName() : person.part()).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}_]", "");
        key = key.isEmpty() ? "-" : key;
        return key.length() > 20 ? key.substring(0, 20) : key;
    }
}
