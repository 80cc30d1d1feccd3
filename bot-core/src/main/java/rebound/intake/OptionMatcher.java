package rebound.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import rebound.words.Vocabulary;

/**
 * Reads which option a member meant: by value, label, another word for it, its number in the list,
 * or with a small typo. Damerau-Levenshtein counts swapped letters as one slip; a word that is as
 * close to two options is refused rather than guessed.
 */
public final class OptionMatcher {

    private static final int MOST_SLIPS = 2;
    private static final DamerauLevenshteinDistance DISTANCE = new DamerauLevenshteinDistance(MOST_SLIPS);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Options come from the playbook and never change, so their normalized names are worked out once. */
    private static final Map<Option, Names> NAMES = new ConcurrentHashMap<>();
    /** Far more than a playbook's options: past it, options are read afresh rather than kept. */
    private static final int MOST_CACHED = 2048;

    private final Vocabulary vocabulary;
    /** Between several picks: a comma, {@code ;}, {@code &}, {@code +}, {@code /}, or a word for "and". */
    private final Pattern separators;
    /** The words for "not" as they stand before a name in a padded answer: {@code " not"}. */
    private final List<String> negations;

    private record Names(Set<String> exact, List<String> asWords) {
    }

    /** A matcher that reads "all", "and" and "not" in the words of {@code vocabulary}. */
    public OptionMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        StringBuilder and = new StringBuilder();
        for (String word : vocabulary.words(Vocabulary.Meaning.AND)) {
            and.append("|\\b").append(Pattern.quote(word)).append("\\b");
        }
        this.separators = Pattern.compile("\\s*(,|;|&|\\+|/" + and + ")\\s*");
        this.negations = vocabulary.words(Vocabulary.Meaning.NOT).stream()
                .map(word -> " " + NOT_WORD.matcher(word).replaceAll(" ").strip()).toList();
    }

    /** The one option {@code typed} means, or empty when it is none or could be two. */
    public Optional<Option> one(String typed, List<Option> options) {
        return one(typed, options, true);
    }

    private Optional<Option> one(String typed, List<Option> options, boolean inLongerAnswer) {
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
    public Optional<List<Option>> several(String typed, List<Option> options) {
        Optional<Option> whole = one(typed, options, false);
        if (whole.isPresent()) {
            return Optional.of(List.of(whole.get()));
        }
        String text = normalize(typed);
        if (vocabulary.is(Vocabulary.Meaning.ALL, text)) {
            return Optional.of(options);
        }
        Set<Option> picked = new LinkedHashSet<>();
        for (String part : separators.split(text)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Option> option = one(part, options);
            if (option.isEmpty() && ruledOut(part, options)) {
                continue; // "Dana, not Omar": a pick the member says is not meant
            }
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

    /** Whether a part of a several-pick answer is a "not" word and an option ("not Omar"): a pick ruled out. */
    private boolean ruledOut(String part, List<Option> options) {
        for (String negation : negations) {
            String word = negation.strip();
            if (part.startsWith(word + " ") && one(part.substring(word.length() + 1), options).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** How typed words are compared: see {@link Vocabulary#normalize(String)}. */
    public static String normalize(String typed) {
        return Vocabulary.normalize(typed);
    }

    private static Set<String> names(Option option) {
        return namesOf(option).exact();
    }

    private static Names namesOf(Option option) {
        Names known = NAMES.get(option);
        if (known != null) {
            return known;
        }
        Names names = readNames(option);
        // the playbook's options are few and fixed; options made per member (the people met) are not kept
        if (NAMES.size() < MOST_CACHED) {
            NAMES.put(option, names);
        }
        return names;
    }


    private static Names readNames(Option o) {
        Set<String> exact = new LinkedHashSet<>();
        exact.add(normalize(o.value()));
        exact.add(normalize(o.label()));
        o.aliases().forEach(a -> exact.add(normalize(a)));
        List<String> asWords = exact.stream().filter(n -> n.length() >= 3)
                .map(n -> " " + NOT_WORD.matcher(n).replaceAll(" ").strip() + " ").toList();
        return new Names(Set.copyOf(exact), asWords);
    }

    /**
     * The one option whose name stands as whole words inside a longer answer ("they hired someone
     * else"). When two are named, the one named by a longer phrase that holds the other's wins ("final
     * interview" is the final round, not just an interview); any other pair is refused, not guessed.
     */
    private Optional<Option> mentioned(String text, List<Option> options) {
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
    private boolean namedIn(String padded, String name) {
        for (int at = padded.indexOf(name); at >= 0; at = padded.indexOf(name, at + 1)) {
            if (!negated(padded, at)) {
                return true;
            }
        }
        return false;
    }

    private boolean negated(String padded, int at) {
        for (String negation : negations) {
            int from = at - negation.length();
            if (from >= 0 && padded.startsWith(negation, from)) {
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
