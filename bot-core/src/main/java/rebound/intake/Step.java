package rebound.intake;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.script.Template;

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

    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** The label of an option value, or the value itself when it is not one of the options. */
    public String labelOf(String value) {
        return option(value).map(Option::label).orElse(value);
    }
}
