package rebound.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * Reads which option a member meant: by value, label, another word for it, its number in the list,
 * or with a small typo. Damerau-Levenshtein counts swapped letters as one slip; a word that is as
 * close to two options is refused rather than guessed.
 */
public final class OptionMatcher {

    private static final int MOST_SLIPS = 2;
    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance(MOST_SLIPS);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}&&[^&+,;/]]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}&&[^&+,;/]]+");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(,|;|&|\\+|/|\\band\\b)\\s*");
    /** Options come from the playbook and never change, so their normalized names are worked out once. */
    private static final Map<Option, Names> NAMES = new ConcurrentHashMap<>();

    private record Names(Set<String> exact, List<String> asWords) {
    }

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
        if (NUMBER.matcher(text).matches()) {
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
        for (String part : SEPARATORS.split(text)) {
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
        if (typed == null) {
            return "";
        }
        String text = typed.toLowerCase(Locale.ROOT);
        text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
        text = LEADING_PUNCTUATION.matcher(text).replaceAll("");
        return SPACES.matcher(text.replace('_', ' ')).replaceAll(" ").strip();
    }

    private static Set<String> names(Option option) {
        return namesOf(option).exact();
    }

    private static Names namesOf(Option option) {
        return NAMES.computeIfAbsent(option, o -> {
            Set<String> exact = new LinkedHashSet<>();
            exact.add(normalize(o.value()));
            exact.add(normalize(o.label()));
            o.aliases().forEach(a -> exact.add(normalize(a)));
            List<String> asWords = exact.stream().filter(n -> n.length() >= 3)
                    .map(n -> " " + NOT_WORD.matcher(n).replaceAll(" ").strip() + " ").toList();
            return new Names(Set.copyOf(exact), asWords);
        });
    }

    /**
     * The one option whose name stands as whole words inside a longer answer ("they hired someone
     * else"). When two are named, the one named by a longer phrase that holds the other's wins ("final
     * interview" is the final round, not just an interview); any other pair is refused, not guessed.
     */
    private static Optional<Option> mentioned(String text, List<Option> options) {
        String padded = " " + NOT_WORD.matcher(text).replaceAll(" ") + " ";
        Option found = null;
        String foundBy = null;
        for (Option option : options) {
            String by = namesOf(option).asWords().stream().filter(name -> namedIn(padded, name))
                    .max(Comparator.comparingInt(String::length)).orElse(null);
            if (by == null) {
                continue;
            }
            if (found == null || by.contains(foundBy)) {
                found = option;
                foundBy = by;
            } else if (!foundBy.contains(by)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True when {@code name} stands in {@code padded} at least once without a "not" just before it ("not sure"). */
    private static boolean namedIn(String padded, String name) {
        for (int at = padded.indexOf(name); at >= 0; at = padded.indexOf(name, at + 1)) {
            if (!padded.startsWith(" not", at - 4 < 0 ? -1 : at - 4)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Option> closest(String text, List<Option> options) {
        Option best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Option option : options) {
            int distance = Integer.MAX_VALUE;
            for (String name : names(option)) {
                if (Math.abs(name.length() - text.length()) <= MOST_SLIPS) {
                    int slips = DISTANCE.apply(text, name);
                    distance = Math.min(distance, slips < 0 ? Integer.MAX_VALUE : slips);
                }
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
