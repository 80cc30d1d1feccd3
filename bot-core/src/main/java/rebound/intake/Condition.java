package rebound.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a step is asked or required, written in the intake file as {@code goals has reference},
 * {@code outcome is ghosted} or {@code stage in interview, final}; {@code goals lacks thank} and
 * {@code outcome not in ghosted, other} hold when none of the values is there.
 */
public record Condition(String step, Set<String> values, boolean negated) {

    public static final Condition ALWAYS = new Condition("", Set.of());

    /** A condition that holds when the answer has one of the values. */
    public Condition(String step, Set<String> values) {
        this(step, values, false);
    }

    /** Parses the text, or returns null when it does not read as a condition. */
    public static Condition parse(String text) {
        String stripped = text.strip();
        boolean negated = stripped.matches("\\S+\\s+(lacks|not in|is not)\\s.*");
        String[] words = stripped.replaceFirst("^(\\S+\\s+)(lacks|not in|is not)\\s", "$1in ").split("\\s+", 3);
        if (words.length < 3 || !List.of("has", "is", "in").contains(words[1])) {
            return null;
        }
        Set<String> values = Arrays.stream(words[2].split("\\s*(,|\\bor\\b)\\s*"))
                .map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return values.isEmpty() ? null : new Condition(words[0], values, negated);
    }

    /** True when the answer to {@code step} (a comma-separated list for several choices) has one of the values. */
    public boolean holds(Map<String, String> answers) {
        if (step.isEmpty()) {
            return true;
        }
        String answer = answers.getOrDefault(step, "");
        return negated != Arrays.stream(answer.split(",")).map(String::strip).anyMatch(values::contains);
    }
}
