package rebound.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Part words typed with a slip ("recuiter", "hiring manger", "intervewer") read as the part word,
 * within the limits of {@code [slips]} in people.txt (issue 18). One job, taken out of
 * {@link PieceReader}: it only maps a word to the part word it slipped from.
 */
final class PartSlips {

    private final ReadingVocabulary vocabulary;
    /** The part words long enough to have a slip, in a fixed order (so a tie is found the same way). */
    private final List<String> ordered = new ArrayList<>();
    private final Set<String> targets = new HashSet<>();
    /** The letters of each of {@link #ordered}, counted ({@link #letters}), for a cheap first test. */
    private final List<int[]> targetLetters = new ArrayList<>();

    PartSlips(ReadingVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String word : vocabulary.partWords.allWords()) {
            if (word.length() >= vocabulary.slipShortest) {
                ordered.add(word);
            }
        }
        ordered.sort(null);
        targets.addAll(ordered);
        ordered.forEach(word -> targetLetters.add(letters(word)));
    }

    /**
     * The part word a word is a slip of ("recuiter", "recrutier", "manger", "intervewer"), else the word:
     * one no part word itself, of {@code shortest word:} letters or more ({@code [slips]} in people.txt),
     * within {@code edits:} letters left out, added or swapped with the next of exactly one part word.
     * A changed letter is no slip: "managed" is not "manager", "interviewed" not "interviewer"; nor is
     * a part word with a {@code plural ending:} ("mutual friends").
     */
    String unslipped(String word) {
        if (vocabulary.slipEdits <= 0 || word.length() < vocabulary.slipShortest || targets.contains(word)
                || vocabulary.partWords.at(List.of(word), 0) != null) {
            return word;
        }
        String found = null;
        int[] wordLetters = letters(word);
        for (int t = 0; t < ordered.size(); t++) {
            String target = ordered.get(t);
            for (String ending : vocabulary.pluralEndings) {
                if (word.equals(target + ending)) {
                    return word; // "friends", "contacts": a plural, no slip
                }
            }
            if (Math.abs(target.length() - word.length()) <= vocabulary.slipEdits
                    && differentLetters(wordLetters, targetLetters.get(t)) <= vocabulary.slipEdits
                    && slips(word, target) <= vocabulary.slipEdits) {
                if (found != null) {
                    return word; // a slip of two part words: no guess
                }
                found = target;
            }
        }
        return found == null ? word : found;
    }

    /** How often each letter a-z appears in {@code word}; every other character is counted in the last slot. */
    private static int[] letters(String word) {
        int[] counts = new int[27];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
        }
        return counts;
    }

    /**
     * The letters one word has more of than the other, summed both ways: never more than {@link #slips},
     * since a letter left out or added changes one count by one, a swap none, a changed letter two.
     */
    private static int differentLetters(int[] a, int[] b) {
        int sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum;
    }

    /** Letters left out, added, or swapped with the next, to turn a into b (a changed letter counts two). */
    private static int slips(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1);
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 1][j - 1]);
                }
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}
