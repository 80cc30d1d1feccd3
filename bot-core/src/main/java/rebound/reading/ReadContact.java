package rebound.reading;

import java.util.List;
import java.util.Optional;

/**
 * One person as the member described them, read by {@link ContactReader}.
 *
 * @param name               the name as it should be written, without the title ("Emily Chen",
 *                           "Ana Bell", "Pieter van der Berg"); empty when the member gave none
 *                           ("the HR lady")
 * @param title              the title the member typed, as written ("Dr.", "Prof.", "Ms."), else
 *                           empty; never guessed
 * @param greetingName       for a warm greeting: the first name ("Emily"); title and name when only a
 *                           family name was given ("Dr. Chen"); empty without a name
 * @param formalGreetingName for a formal greeting: title and family name when a title was given
 *                           ("Dr. Chen", "Prof. de la Cruz"), else the full name ("Dana Smith"),
 *                           never a guessed "Ms."; empty without a name
 * @param part               one of the stable part ids ({@link ReadingVocabulary#PART_IDS});
 *                           {@code other} when the line names none or is {@linkplain #ambiguity() ambiguous}
 * @param partGiven          whether the line named the part (false: {@code other} is only the default)
 * @param topic              what they talked about, as the member typed it (for {@link TopicReader}),
 *                           else empty
 * @param pronoun            the subject form of a pronoun the member used for the person ("she", "he"),
 *                           else empty; {@link Audience} takes it so a topic can say "you" to them
 * @param ambiguity          the question to ask before the part is known, or null
 * @param greetings          when Rebound cannot tell how to greet them (a name written family name first,
 *                           "Nguyễn Thị Minh Khai"), the warm greetings to offer the member, the one used
 *                           until they pick first ("Nguyễn Thị Minh Khai", "Minh Khai", "Khai"); else empty
 * @param remark             whether the line held a note to self about them ("kinda rude tbh"), left out of
 *                           the topic (issue 18)
 * @param disliked           whether that note said the member did not like them
 */
public record ReadContact(String name, String title, String greetingName, String formalGreetingName, String part,
                          boolean partGiven, String topic, String pronoun, Ambiguity ambiguity,
                          List<String> greetings, boolean remark, boolean disliked) {

    public ReadContact {
        greetings = List.copyOf(greetings);
    }

    /** A person read without a greeting to ask about nor a remark (the shape of issue 12). */
    public ReadContact(String name, String title, String greetingName, String formalGreetingName, String part,
                       boolean partGiven, String topic, String pronoun, Ambiguity ambiguity) {
        this(name, title, greetingName, formalGreetingName, part, partGiven, topic, pronoun, ambiguity, List.of(),
                false, false);
    }

    /** Whether the member gave a name; without one the caller greets by part ("Hi there,"). */
    public boolean hasName() {
        return !name.isEmpty();
    }

    /** Whether the member said what they talked about (a non-answer like "n/a" is no topic). */
    public boolean hasTopic() {
        return !topic.isEmpty();
    }

    /** The question to ask before this person can be added, when there is one. */
    public Optional<Ambiguity> question() {
        return Optional.ofNullable(ambiguity);
    }

    /** The name with its title, as on an envelope ("Dr. Emily Chen"). */
    public String nameWithTitle() {
        return title.isEmpty() || name.isEmpty() ? name : title + " " + name;
    }

    /** This person with the part the member chose in answer to the {@linkplain #ambiguity() question}. */
    public ReadContact withPart(String partId) {
        if (!ReadingVocabulary.PART_IDS.contains(partId)) {
            throw new IllegalArgumentException("unknown part '" + partId + "'");
        }
        return new ReadContact(name, title, greetingName, formalGreetingName, partId, true, topic, pronoun, null,
                greetings, remark, disliked);
    }

    /** The audience for a note to this person, for {@link TopicReader}. */
    public Audience asReader() {
        return Audience.to(hasName() ? name.split(" ")[0] : "", pronoun);
    }
}
