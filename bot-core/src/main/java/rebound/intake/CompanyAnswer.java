package rebound.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rebound.words.Vocabulary;
import rebound.words.Vocabulary.Meaning;

/**
 * Reads the answer to the company question, where a newcomer often tells what happened instead of a
 * name ("I got rejected by Acme", "Acme rejected me :("). The drafts name the company, so a sentence
 * must never be kept as one: a name is taken from the sentence only when a phrase of words.txt
 * ({@code understand_company_said}, the word {@code company} standing where the name is) leaves a short
 * name with no word that cannot be in one ({@code understand_not_in_name}); any other answer that
 * tells what happened ({@code understand_rejection_said}: "rejected", "a no from", "it was", "applied
 * to") is asked again with a hint. Everything else is
 * the name as typed ("Procter & Gamble", "Booking.com", "3M"), without a sad face or other marks
 * standing alone at its ends.
 */
public final class CompanyAnswer {

    /** Where a phrase of {@code understand_company_said} has the name. */
    private static final String NAME = "company";
    /** Longest name taken out of a sentence, in words; a longer one is asked for. */
    private static final int MOST_WORDS = 4;

    private final Vocabulary vocabulary;

    /** @param vocabulary the phrases that carry a name, the words of a rejection, the words no name holds */
    public CompanyAnswer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * The company {@code typed} names: an answer with the name, or not understood
     * ({@code hint_company_sentence}) when it is a sentence about the no with no name safely in it.
     */
    public Reading read(String typed) {
        List<String> words = new ArrayList<>(Arrays.asList(typed.strip().split("\\s+")));
        while (!words.isEmpty() && Vocabulary.normalize(words.get(words.size() - 1)).isEmpty()) {
            words.remove(words.size() - 1); // ":(", "!!", "..."
        }
        while (!words.isEmpty() && Vocabulary.normalize(words.get(0)).isEmpty()) {
            words.remove(0);
        }
        List<String> plain = words.stream().map(Vocabulary::normalize).toList();
        if (!speaksOfTheNo(plain)) {
            return words.isEmpty() ? new Reading.NotUnderstood("hint_empty") : new Reading.Answer(String.join(" ", words));
        }
        for (String phrase : vocabulary.words(Meaning.COMPANY_SAID)) {
            List<String> parts = List.of(phrase.split(" "));
            int at = parts.indexOf(NAME);
            if (at < 0) {
                continue;
            }
            String name = nameIn(words, plain, parts.subList(0, at), parts.subList(at + 1, parts.size()));
            if (name != null) {
                return new Reading.Answer(name);
            }
        }
        return new Reading.NotUnderstood("hint_company_sentence");
    }

    /** The name between {@code before} and {@code after} in the typed words, when it is safely one; else null. */
    private String nameIn(List<String> words, List<String> plain, List<String> before, List<String> after) {
        int lastStart = before.isEmpty() ? 0 : plain.size() - before.size();
        for (int start = 0; start <= lastStart; start++) {
            if (!runAt(plain, before, start)) {
                continue;
            }
            int from = start + before.size();
            int to = after.isEmpty() ? plain.size() : -1;
            for (int end = from + 1; to < 0 && end + after.size() <= plain.size(); end++) {
                to = runAt(plain, after, end) ? end : -1;
            }
            if (to > from && safe(plain.subList(from, to))) {
                return cleaned(String.join(" ", words.subList(from, to)));
            }
        }
        return null;
    }

    private static boolean runAt(List<String> plain, List<String> run, int at) {
        return at + run.size() <= plain.size() && plain.subList(at, at + run.size()).equals(run);
    }

    private boolean speaksOfTheNo(List<String> plain) {
        String padded = " " + String.join(" ", plain) + " ";
        return vocabulary.words(Meaning.REJECTION_SAID).stream().anyMatch(w -> padded.contains(" " + w + " "));
    }

    /** A short run of words, none of which a name holds and none of which speaks of the no. */
    private boolean safe(List<String> name) {
        return name.size() <= MOST_WORDS && !speaksOfTheNo(name)
                && name.stream().noneMatch(w -> vocabulary.is(Meaning.NOT_IN_NAME, w));
    }

    /** The name without the marks a sentence leaves after it ("Acme!", "Acme,"), an abbreviation's dot kept ("Acme Inc."). */
    private static String cleaned(String name) {
        String text = name.replaceAll("[!?,;:]+$", "");
        String last = text.substring(text.lastIndexOf(' ') + 1);
        boolean abbreviation = last.length() <= 4 || last.indexOf('.') < last.length() - 1;
        return text.endsWith(".") && !abbreviation ? text.substring(0, text.length() - 1) : text;
    }
}
