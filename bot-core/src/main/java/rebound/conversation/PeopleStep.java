package rebound.conversation;

import rebound.frontdoor.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Outbound;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.intake.PeoplePending;
import rebound.intake.Step;
import rebound.reading.Ambiguity;
import rebound.reading.PeopleCommand;
import rebound.reading.ReadContact;
import rebound.reading.ReadingVocabulary;
import rebound.rejection.Contact;
import rebound.words.Line;

/**
 * The people step, one person per message (issue 12, section 1): what a line typed there is (a
 * person, read and read back by {@link PersonEntry}; an answer to what is pending; a command), the
 * buttons pressed there, and the people list's commands: {@code remove NAME} and {@code fix NAME}
 * change the people already added, {@code back} drops the last one. What the step waits for between
 * messages is the intake's {@link PeoplePending}, asked by {@link #pendingQuestion}.
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
    private final ReadingVocabulary reading;
    private final OptionMatcher matcher;
    private final PersonEntry entry;

    PeopleStep(Views views, ReadingVocabulary reading, OptionMatcher matcher) {
        this.views = views;
        this.reading = reading;
        this.matcher = matcher;
        this.entry = new PersonEntry(views, reading, matcher);
    }

    /** A line typed at the people step that is not "done" (nor a control): a person, a command, or what is pending. */
    Reply typed(Reply reply, IntakeProgress progress, Step step, String text) {
        PeoplePending pending = progress.pending();
        if (pending != null && pending.is(PeoplePending.Waits.PART)) {
            Optional<Option> part = matcher.one(text, entry.partOptions(entry.read(pending.line())));
            if (part.isPresent()) {
                return entry.chosenPart(reply, progress, step, part.get().value());
            }
            ReadContact next = entry.read(text);
            boolean aPerson = next.hasName() && (next.partGiven() || next.name().indexOf(' ') > 0);
            if (aPerson && PeopleCommand.read(reading, text, names(progress.contacts())).isEmpty()) {
                // the member went on to the next person (issue 18): they are added, and the question stays
                Reply added = entry.person(reply, progress.waitingFor(null), step, next, text);
                IntakeProgress after = added.state().intake();
                return after.pending() == null ? added.with(added.state().withIntake(after.waitingFor(pending)))
                        : added;
            }
            return reply.say(views.say(Line.HINT_PICK_ONE,
                    Map.of("options", Views.optionList(entry.partOptions(entry.read(pending.line())))))).thenAsk();
        }
        if (pending != null && pending.is(PeoplePending.Waits.FEW_WORDS)) {
            ReadContact next = entry.read(text);
            if (!(next.partGiven() && (next.hasName() || text.indexOf(',') >= 0))) {
                return entry.fewWords(reply, progress, pending.person(), text);
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
        return entry.person(reply, progress, step, entry.read(text), text);
    }

    /**
     * Whether {@code text} answers the question the people step asked of its own: "none" to "what did
     * you talk about?" is no topic, not the end of the people ("done" still is).
     */
    boolean answersItsQuestion(IntakeProgress progress, String text) {
        PeoplePending pending = progress.pending();
        return pending != null && pending.is(PeoplePending.Waits.FEW_WORDS) && entry.isNoTopic(text);
    }

    /** A fix, remove or part button pressed at the people step. */
    Reply pressed(Reply reply, IntakeProgress progress, Step step, Action.Person pressed) {
        if (pressed.verb().equals(Action.Person.PART)) {
            PeoplePending pending = progress.pending();
            if (pending == null || !pending.is(PeoplePending.Waits.PART)
                    || entry.partOptions(entry.read(pending.line())).stream()
                    .noneMatch(o -> o.value().equals(pressed.target()))) {
                return views.stale(reply);
            }
            return entry.chosenPart(reply, progress, step, pressed.target());
        }
        String[] target = pressed.target().split(":", 3);
        int index;
        try {
            index = Integer.parseInt(target[0]);
        } catch (NumberFormatException e) {
            return views.stale(reply);
        }
        List<Contact> people = progress.contacts();
        if (index < 0 || index >= people.size() || target.length < 2
                || !PersonEntry.key(people.get(index)).equals(target[1])) {
            return views.stale(reply);
        }
        if (pressed.verb().equals(Action.Person.GREET)) {
            try {
                return entry.greet(reply, progress, index, target.length < 3 ? -1 : Integer.parseInt(target[2]));
            } catch (NumberFormatException e) {
                return views.stale(reply);
            }
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
        if (pending != null && !pending.is(PeoplePending.Waits.FEW_WORDS)) {
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
        if (pending == null || !pending.is(PeoplePending.Waits.FEW_WORDS)) {
            return Optional.empty();
        }
        return Optional.of(entry.noTopic(reply, progress.waitingFor(null), pending.person()));
    }

    /** The question pending at the people step, with its choices, or null when the step's own question applies. */
    Outbound pendingQuestion(Member member, IntakeProgress progress) {
        PeoplePending pending = progress.pending();
        if (pending == null) {
            return null;
        }
        List<Choice> choices = new ArrayList<>();
        String text;
        if (pending.is(PeoplePending.Waits.PART)) {
            ReadContact read = entry.read(pending.line());
            text = read.question().map(Ambiguity::question).orElse("");
            for (Option option : entry.partOptions(read)) {
                choices.add(Action.choice(option.label(), option.value(), new Action.Person(Action.Person.PART,
                        option.value())));
            }
        } else {
            Contact person = progress.contacts().get(pending.person());
            Line line = pending.is(PeoplePending.Waits.FIX) ? Line.CONTACT_FIX : Line.CONTACT_FEW_WORDS;
            text = views.say(line, Map.of("name", who(person)));
            if (pending.is(PeoplePending.Waits.FEW_WORDS)) {
                choices.add(Action.choice(views.say(Line.CHOICE_SKIP), "skip", new Action.Control(IntakeControl.SKIP)));
            }
        }
        return new Outbound(member, text, "contacts", choices, false, List.of(), List.of(), false, null);
    }

    /** How a person is named to the member: their name, else by their part ("the recruiter"). */
    String who(Contact person) {
        return entry.who(person);
    }

    /** What the notes will say about {@code person} in {@code tone}: greeting and topic (see {@link PersonEntry#notePreview}). */
    String notePreview(Contact person, String tone) {
        return entry.notePreview(person, tone);
    }

    /** Says how person {@code index} was read, with buttons to fix or remove them, then asks on. */
    Reply readBack(Reply reply, IntakeProgress progress, int index) {
        return entry.readBack(reply, progress, index);
    }

    /**
     * A step about the people ({@code told_by}, {@code clicked_with}) with them as its first options:
     * {@code p1 = Dana Smith}, ..., then the step's own ("An e-mail from the company"). A person is also
     * found by any word of their name or the name they are greeted by ("Bart"). At {@code clicked_with} a
     * person the member's own remark said they did not like is not offered. Any other step is returned as it is.
     */
    Step withPeople(Step step, List<Contact> people) {
        if (!step.kind().picksPeople()) {
            return step;
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Contact person = people.get(i);
            if (person.disliked() && step.id().equals("clicked_with")) {
                continue; // the member's own remark said they did not like them (seed 004)
            }
            List<String> aliases = new ArrayList<>();
            if (person.named()) {
                aliases.add(person.name());
                aliases.add(person.firstName());
                aliases.addAll(List.of(person.name().split(" ")));
            }
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
            people.add(told ? c.withMarks(mark, c.clicked()) : c.withMarks(c.told(), mark));
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
                .map(Contact::unmarked).toList());
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

    /** {@code remove NAME} or {@code fix NAME}: done when it names one person, else asks which (or says who there is). */
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
        List<Choice> choices = candidates.stream().map(i -> Action.choice(who(people.get(i)), String.valueOf(i),
                new Action.Person(verb, i + ":" + PersonEntry.key(people.get(i))))).toList();
        return reply.say(views.say(Line.CONTACT_WHICH), choices).thenAsk();
    }

    /** Person {@code index} leaves the list; the answers that named people by their place are asked again. */
    private Reply remove(Reply reply, IntakeProgress progress, int index) {
        List<Contact> people = new ArrayList<>(progress.contacts());
        Contact removed = people.remove(index);
        IntakeProgress fewer = changed(progress, people).waitingFor(null);
        return reply.with(reply.state().withIntake(fewer))
                .say(views.say(Line.CONTACT_REMOVED, Map.of("name", who(removed)))).thenAsk();
    }

    private static List<String> names(List<Contact> people) {
        return people.stream().map(Contact::name).toList();
    }
}
