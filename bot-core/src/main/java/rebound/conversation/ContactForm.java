package rebound.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.intake.PeoplePending;
import rebound.intake.Step;
import rebound.reading.Audience;
import rebound.reading.ContactReader;
import rebound.reading.ReadContact;
import rebound.reading.ReadingVocabulary;
import rebound.reading.Topic;
import rebound.reading.TopicReader;
import rebound.rejection.Contact;
import rebound.words.Line;

/**
 * A person added through the contact form (the Slack or Discord "add a person" modal), read with the
 * same reading library as a line typed at the people step (issue 12, section 1), so both store the
 * same {@link Contact} for the same person: the name field through {@link ContactReader#readName}
 * (capitals, title, no part word taken as a name), the part field through the part words of
 * {@code people.txt}, then the step's options (which forgive a slip), and the detail through
 * {@link TopicReader} (a detail that is no topic is dropped, one too long is asked for in a few words).
 * The person is then read back with fix and remove buttons, as {@link PeopleStep} does.
 */
final class ContactForm {

    /** The id of the form, as the adapters send it back. */
    static final String ID = "contact";

    /** Longest name the form takes, in characters (the name field's own limit). */
    static final int LONGEST_NAME = 80;

    /**
     * What a submitted form says.
     *
     * @param person   the person to add (null when {@code why} is set)
     * @param fewWords whether their detail is too long to be a topic and is asked again in a few words
     * @param field    the field at fault, when {@code why} is set
     * @param why      the words.txt key that says what fits, or null when the form can be taken
     */
    record Read(Contact person, boolean fewWords, String field, String why) {

        static Read wrong(String field, String why) {
            return new Read(null, false, field, why);
        }
    }

    private final ContactReader contacts;
    private final TopicReader topics;
    private final OptionMatcher matcher;
    private final Views views;
    private final PeopleStep people;

    ContactForm(Views views, ReadingVocabulary reading, OptionMatcher matcher, PeopleStep people) {
        this.views = views;
        this.contacts = new ContactReader(reading);
        this.topics = new TopicReader(reading);
        this.matcher = matcher;
        this.people = people;
    }

    /** Reads the fields {@code name}, {@code part} and {@code detail} for the contacts {@code step}. */
    Read read(Step step, Map<String, String> values) {
        String name = field(values, "name");
        String part = field(values, "part");
        String detail = field(values, "detail");
        if (name.isEmpty()) {
            return Read.wrong("name", Line.HINT_CONTACT_NAME.key());
        }
        if (name.length() > LONGEST_NAME) {
            return Read.wrong("name", Line.HINT_CONTACT_NAME_LONG.key());
        }
        if (detail.length() + part.length() > step.maxLength()) {
            return Read.wrong("detail", Line.HINT_TOO_LONG.key());
        }
        ReadContact who = contacts.readName(name);
        String partId = who.partGiven() ? who.part() : "";
        if (!part.isEmpty()) {
            Optional<String> named = contacts.partIn(part)
                    .or(() -> matcher.one(part, step.options()).map(Option::value));
            if (named.isEmpty()) {
                return Read.wrong("part", Line.HINT_CONTACT_PART.key());
            }
            partId = named.get();
        }
        if (!who.hasName() && partId.isEmpty()) {
            return Read.wrong("name", Line.HINT_CONTACT_NAME.key());
        }
        // what they talked about, typed after the name when the detail field is left empty
        String topicText = detail.isEmpty() ? who.topic() : detail;
        Topic topic = topics.read(topicText, Audience.about(who.hasName() ? who.name().split(" ")[0] : "",
                who.pronoun()));
        rebound.reading.Remarks.Remark remark = contacts.remark(topicText);
        boolean topical = (topic.isPhrase() || topic.isClause()) && !remark.remark(); // a note to self is no topic
        String kept = topical ? topicText : "";
        ReadContact person = remark.disliked() ? new ReadContact(who.name(), who.title(), who.greetingName(),
                who.formalGreetingName(), who.part(), who.partGiven(), who.topic(), who.pronoun(), who.ambiguity(),
                who.greetings(), true, true) : who;
        return new Read(PersonEntry.contactOf(person, partId, kept), topic.needsFewWords() && !remark.remark(), null,
                null);
    }

    /**
     * The errors of a submitted form by field id, in words a member understands (shown inside the
     * modal before the form is taken); empty when {@link #read} takes it.
     */
    Map<String, String> errors(Step step, Map<String, String> values) {
        Read read = read(step, values);
        return read.why() == null ? Map.of() : Map.of(read.field(), views.words().say(read.why(),
                Map.of("options", Views.optionList(step.options()), "label", step.label())));
    }

    /**
     * Adds the person of a form that {@linkplain #read could be taken}: in place of the one being
     * fixed, else after the others; then reads them back with fix and remove buttons, or asks for
     * their detail in a few words. A few words asked about someone else are left out, as when the
     * member types the next person instead.
     */
    Reply add(Reply reply, IntakeProgress progress, Read read) {
        PeoplePending pending = progress.pending();
        List<Contact> list = new ArrayList<>(progress.contacts());
        int fixing = pending != null && !pending.is(PeoplePending.Waits.FEW_WORDS) ? pending.person() : -1;
        if (pending != null && pending.is(PeoplePending.Waits.FEW_WORDS) && pending.person() < list.size()) {
            reply = reply.say(views.say(Line.CONTACT_NO_TOPIC, Map.of("name", people.who(list.get(pending.person())))));
        }
        int index = fixing >= 0 && fixing < list.size() ? fixing : list.size();
        if (index < list.size()) {
            list.set(index, read.person());
        } else {
            list.add(read.person());
        }
        IntakeProgress added = PeopleStep.changed(progress, list)
                .waitingFor(read.fewWords() ? PeoplePending.fewWords(index) : null);
        reply = reply.with(reply.state().withIntake(added));
        return read.fewWords() ? reply.thenAsk() : people.readBack(reply, added, index);
    }

    private static String field(Map<String, String> values, String id) {
        String value = values.get(id);
        return value == null ? "" : value.strip();
    }
}
