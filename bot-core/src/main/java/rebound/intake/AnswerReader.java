package rebound.intake;

import java.util.stream.Collectors;
import rebound.words.Vocabulary;

/**
 * Reads a typed answer for a step the way a forgiving person would, understanding the words of the
 * playbook's vocabulary ("all" and "and" where several may be picked). The people step is not read
 * here: the conversation's {@code PeopleStep} reads each line about a person.
 */
public final class AnswerReader {

    /** The step whose answer is read as a company's name ({@link CompanyAnswer}): the drafts name it. */
    private static final String COMPANY = "company";

    private final OptionMatcher matcher;
    private final CompanyAnswer company;

    /** @param vocabulary the words the matcher understands (numbers, "all", "and", aliases) and those about a company */
    public AnswerReader(Vocabulary vocabulary) {
        this.matcher = new OptionMatcher(vocabulary);
        this.company = new CompanyAnswer(vocabulary);
    }

    /** The matcher this reader picks options with, for answers read outside a step. */
    public OptionMatcher matcher() {
        return matcher;
    }

    /**
     * What {@code typed} is as an answer to {@code step}: an answer, or why it is not understood. The
     * company's answer is read by {@link CompanyAnswer}: a sentence about the no is never kept as the name.
     * The people step ({@link StepKind#CONTACTS}) is read line by line by the conversation and never
     * comes here; should it, it is not understood, with the hint that asks for a person.
     */
    public Reading read(Step step, String typed) {
        String text = typed.strip();
        return switch (step.kind()) {
            case TEXT -> text.isEmpty() ? new Reading.NotUnderstood("hint_empty")
                    : text.length() > step.maxLength() ? new Reading.NotUnderstood("hint_too_long")
                    : step.id().equals(COMPANY) ? company.read(text)
                    : new Reading.Answer(text);
            // a step about the people is read with the people among its options (see IntakePrompt)
            case ONE, YES_NO, PERSON -> matcher.one(text, step.options())
                    .<Reading>map(o -> new Reading.Answer(o.value()))
                    .orElse(new Reading.NotUnderstood("hint_pick_one"));
            case SEVERAL, PEOPLE -> matcher.several(text, step.options())
                    .<Reading>map(os -> new Reading.Answer(os.stream().map(Option::value)
                            .collect(Collectors.joining(","))))
                    .orElse(new Reading.NotUnderstood("hint_pick_several"));
            case CONTACTS -> new Reading.NotUnderstood("hint_contacts_needed");
            case CONFIRM -> new Reading.NotUnderstood("hint_confirm");
        };
    }
}
