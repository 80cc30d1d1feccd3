package rebound.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Reads which option a member meant: by value, label, another word for it, its number in the list,
 * or with a small typo. Damerau-Levenshtein counts swapped letters as one slip; a word that is as
 * close to two options is refused rather than guessed.
 */
public final class OptionMatcher {

    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance();

    private OptionMatcher() {
    }

    public static Optional<Option> one(String typed, List<Option> options) {
        return one(typed, options, true);
    }

    private static Optional<Option> one(String typed, List<Option> options, boolean inLongerAnswer) {
        String text = normalize(typed);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("\\d{1,2}")) {
            int index = Integer.parseInt(text) - 1;
            return index >= 0 && index < options.size() ? Optional.of(options.get(index)) : Optional.empty();
        }
        for (Option option : options) {
            if (names(option).contains(text)) {
                return Optional.of(option);
            }
        }
        Optional<Option> mentioned = inLongerAnswer ? mentioned(text, options) : Optional.empty();
        return mentioned.isPresent() ? mentioned : closest(text, options);
    }

    /** Several options typed together ("thank, feedback and reference"); empty when any part is not understood. */
    public static Optional<List<Option>> several(String typed, List<Option> options) {
        Optional<Option> whole = one(typed, options, false);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        String text = normalize(typed);
        if (text.equals("all") || text.equals("all of them") || text.equals("everything")) {
            return Optional.of(options);
        }
        Set<Option> picked = new LinkedHashSet<>();
        for (String part : text.split("\\s*(,|;|&|\\+|/|\\band\\b)\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Option> option = one(part, options);
            if (option.isEmpty()) {
                return Optional.empty();
            }
            picked.add(option.get());
        }
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        List<Option> inOrder = new ArrayList<>(options);
        inOrder.retainAll(picked);
        return Optional.of(inOrder);
    }

    public static String normalize(String typed) {
        return typed == null ? "" : typed.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}&&[^&+,;/]]+$", "")
                .replaceAll("^[\\p{Punct}&&[^&+,;/]]+", "")
                .replace('_', ' ')
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static Set<String> names(Option option) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalize(option.value()));
        names.add(normalize(option.label()));
        option.aliases().forEach(a -> names.add(normalize(a)));
        return names;
    }

    /** The one option whose name stands as whole words inside a longer answer ("they hired someone else"). */
    private static Optional<Option> mentioned(String text, List<Option> options) {
        String padded = " " + text.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        Option found = null;
        for (Option option : options) {
            boolean named = names(option).stream().filter(n -> n.length() >= 3)
                    .anyMatch(n -> padded.contains(" " + n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " "));
            if (named) {
                if (found != null) {
                    return Optional.empty();
                }
                found = option;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<Option> closest(String text, List<Option> options) {
        Option best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Option option : options) {
            int distance = Integer.MAX_VALUE;
            for (String name : names(option)) {
                distance = Math.min(distance, DISTANCE.apply(text, name));
            }
            if (distance < bestDistance) {
                best = option;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        int allowed = text.length() >= 8 ? 2 : text.length() >= 2 ? 1 : 0;
        return best != null && !tie && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }
}
