package rebound.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.playbook.Template;

/** One question of the intake, as written in the playbook's {@code intake.txt}. */
public record Step(
        String id,
        StepKind kind,
        String label,
        Template prompt,
        Template hint,
        Template help,
        boolean optional,
        int maxLength,
        List<Option> options,
        Condition askWhen,
        Condition requiredWhen) {

    public Step {
        options = List.copyOf(options);
    }

    public boolean isAsked(Map<String, String> answers) {
        return askWhen.holds(answers);
    }

    /**
     * Whether the step is asked with these answers and {@code people} people added: a step about the
     * people needs one ({@link StepKind#PERSON}) or two ({@link StepKind#PEOPLE}) to choose from.
     */
    public boolean isAsked(Map<String, String> answers, int people) {
        int fewest = kind == StepKind.PERSON ? 1 : kind == StepKind.PEOPLE ? 2 : 0;
        return people >= fewest && askWhen.holds(answers);
    }

    /** The value a step about the people stores for the person at {@code index} (0-based): {@code p1}, {@code p2}, ... */
    public static String personValue(int index) {
        return "p" + (index + 1);
    }

    /** The index (0-based) of the person a value such as {@code p2} stands for, or -1 when it is an option's value. */
    public static int personIndex(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != 'p') {
            return -1;
        }
        try {
            return Integer.parseInt(value.substring(1)) - 1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The same step with these options (the people first, then the step's own). */
    public Step withOptions(List<Option> more) {
        return new Step(id, kind, label, prompt, hint, help, optional, maxLength, more, askWhen, requiredWhen);
    }

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** The label of an option value, or the value itself when it is not one of the options. */
    public String labelOf(String value) {
        return option(value).map(Option::label).orElse(value);
    }
}
