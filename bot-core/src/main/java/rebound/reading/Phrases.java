package rebound.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word lists of the reading files, matched as whole words in any case: each phrase (one or more
 * words) carries a value, and the longest phrase starting at a position wins.
 */
final class Phrases {

    /** One phrase of a list, its words normalized, and the value it stands for (a part id, a command). */
    record Phrase(List<String> words, String value) {
    }

    /** A phrase found in a text: where it starts, how many words it covers and its value. */
    record Match(int start, int length, String value) {
        int end() {
            return start + length;
        }
    }

    static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    void add(String phrase, String value) {
        List<String> words = words(phrase);
        if (words.isEmpty()) {
            return;
        }
        List<Phrase> list = byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>());
        list.add(new Phrase(words, value));
        list.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed());
    }

    /** Every word of every phrase in the list, normalized. */
    java.util.Set<String> allWords() {
        java.util.Set<String> all = new java.util.HashSet<>();
        byFirstWord.values().forEach(list -> list.forEach(p -> all.addAll(p.words())));
        return all;
    }

    /** The longest phrase starting at {@code start} of the normalized words, or null. */
    Match at(List<String> words, int start) {
        List<Phrase> candidates = byFirstWord.get(words.get(start));
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            List<String> wanted = phrase.words();
            int n = wanted.size();
            if (start + n > words.size()) {
                continue;
            }
            int i = 1;
            while (i < n && wanted.get(i).equals(words.get(start + i))) {
                i++;
            }
            if (i == n) {
                return new Match(start, n, phrase.value());
            }
        }
        return null;
    }

    /** The first phrase found anywhere in the words, or null. */
    Match find(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            Match match = at(words, i);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    /** Splits on white space and normalizes each word as {@link #norm(String)} does, dropping empty ones. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String raw : SPACES.split(text.strip())) {
            String word = norm(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * A word as lists compare it: lower case, typographic apostrophes made plain, and the
     * punctuation around it removed ("Dr." and "dr" are one word; "n/a" and "on-call" keep theirs).
     */
    static String norm(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        int from = 0;
        int to = lower.length();
        while (from < to && edge(lower.charAt(from))) {
            from++;
        }
        while (to > from && edge(lower.charAt(to - 1))) {
            to--;
        }
        return lower.substring(from, to);
    }

    private static boolean edge(char c) {
        return ".,;:!?\"()[]{}*_".indexOf(c) >= 0;
    }
}
