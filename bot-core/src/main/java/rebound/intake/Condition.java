package rebound.intake;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a step is asked or required, written in the intake file as {@code goals has reference},
 * {@code outcome is ghosted} or {@code stage in interview, final}.
 */
public record Condition(String step, Set<String> values) {

    public static final Condition ALWAYS = new Condition("", Set.of());

    /** Parses the text, or returns null when it does not read as a condition. */
    public static Condition parse(String text) {
        String[] words = text.strip().split("\\s+", 3);
        if (words.length < 3 || !List.of("has", "is", "in").contains(words[1])) {
            return null;
        }
        Set<String> values = Arrays.stream(words[2].split("\\s*(,|\\bor\\b)\\s*"))
                .map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return values.isEmpty() ? null : new Condition(words[0], values);
    }

    /** True when the answer to {@code step} (a comma-separated list for several choices) has one of the values. */
    public boolean holds(Map<String, String> answers) {
        if (step.isEmpty()) {
            return true;
        }
        String answer = answers.getOrDefault(step, "");
        return Arrays.stream(answer.split(",")).map(String::strip).anyMatch(values::contains);
    }
}
