package rebound.intake;

import java.util.Optional;
import java.util.stream.Collectors;
import rebound.rejection.Contact;
import rebound.words.Vocabulary;

/**
 * Reads a typed answer for a step the way a forgiving person would, understanding the words of the
 * playbook's vocabulary ("done" at the people step, "all" and "and" where several may be picked).
 */
public final class AnswerReader {

    static final int MAX_NAME = 80;

    private final Vocabulary vocabulary;
    private final OptionMatcher matcher;

    public AnswerReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.matcher = new OptionMatcher(vocabulary);
    }

    /** The matcher this reader picks options with, for answers read outside a step. */
    public OptionMatcher matcher() {
        return matcher;
    }

    /** What {@code typed} is as an answer to {@code step}: an answer, a person, "done", or why it is not understood. */
    public Reading read(Step step, String typed) {
        String text = typed.strip();
        return switch (step.kind()) {
            case TEXT -> text.isEmpty() ? new Reading.NotUnderstood("hint_empty")
                    : text.length() > step.maxLength() ? new Reading.NotUnderstood("hint_too_long")
                    : new Reading.Answer(text);
            // a step about the people is read with the people among its options (see IntakePrompt)
            case ONE, YES_NO, PERSON -> matcher.one(text, step.options())
                    .<Reading>map(o -> new Reading.Answer(o.value()))
                    .orElse(new Reading.NotUnderstood("hint_pick_one"));
            case SEVERAL, PEOPLE -> matcher.several(text, step.options())
                    .<Reading>map(os -> new Reading.Answer(os.stream().map(Option::value)
                            .collect(Collectors.joining(","))))
                    .orElse(new Reading.NotUnderstood("hint_pick_several"));
            case CONTACTS -> contact(step, text);
            case CONFIRM -> new Reading.NotUnderstood("hint_confirm");
        };
    }

    private Reading contact(Step step, String text) {
        if (vocabulary.means(Vocabulary.Meaning.DONE, text)) {
            return new Reading.ContactsDone();
        }
        String[] parts = text.split(",", 3);
        String name = parts[0].strip();
        String part = parts.length > 1 ? parts[1].strip() : "";
        String detail = parts.length > 2 ? parts[2].strip() : "";
        return contact(step, name, part, detail);
    }

    /** Reads a contact typed as "name, part, detail"; a part it does not know is kept as detail. */
    private Reading contact(Step step, String name, String part, String detail) {
        String cleanName = name == null ? "" : name.strip();
        String cleanPart = part == null ? "" : part.strip();
        String cleanDetail = detail == null ? "" : detail.strip();
        if (cleanName.isEmpty()) {
            return new Reading.NotUnderstood("hint_contact_name");
        }
        if (cleanName.length() > MAX_NAME) {
            return new Reading.NotUnderstood("hint_contact_name_long");
        }
        if (cleanDetail.length() + cleanPart.length() > step.maxLength()) {
            return new Reading.NotUnderstood("hint_too_long");
        }
        if (cleanPart.isEmpty()) {
            return new Reading.ContactAdded(new Contact(cleanName, "", cleanDetail), false);
        }
        Optional<Option> matched = matcher.one(cleanPart, step.options());
        if (matched.isPresent()) {
            return new Reading.ContactAdded(new Contact(cleanName, matched.get().value(), cleanDetail), false);
        }
        String asDetail = cleanDetail.isEmpty() ? cleanPart : cleanPart + ", " + cleanDetail;
        return new Reading.ContactAdded(new Contact(cleanName, "", asDetail), true);
    }
}
