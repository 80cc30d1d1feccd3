package rebound.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small grammar a draft needs around what the member typed: a list of companies joined the way a
 * sentence joins them, and a possessive that reads right after a name ending in "s".
 */
final class Wording {

    /** Words that continue a company's name after a comma ("Acme, Inc."), so they are not list items. */
    private static final Set<String> NAME_ENDINGS = Set.of("inc", "inc.", "ltd", "ltd.", "llc", "co", "co.",
            "gmbh", "plc", "s.a.", "sa", "ag", "corp", "corp.", "llp");

    /** One name: a capital, a digit, or a small letter then a capital first; then letters, digits, {@code .&'-}. */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}|\\d|\\p{Ll}\\p{Lu})[\\p{L}\\d.&'\u2019 -]*");

    private Wording() {
    }

    /**
     * {@code "Figma, Canva"} or {@code "Figma and Canva"} or {@code "Figma; Canva & Linear"} becomes
     * {@code "Figma and Canva"} / {@code "Figma, Canva and Linear"}; {@code "Acme, Inc."} stays one name.
     * Empty in, empty out.
     */
    static String joined(String typed) {
        if (typed == null || typed.isBlank()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (String raw : typed.split("\\s*[,;&/]\\s*|\\s+and\\s+")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (!items.isEmpty() && NAME_ENDINGS.contains(item.toLowerCase(Locale.ROOT))) {
                items.set(items.size() - 1, items.get(items.size() - 1) + ", " + item);
            } else {
                items.add(item);
            }
        }
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /**
     * The typed list {@link #joined joined}, when every item reads as a name ("Figma, Canva and
     * Linear", "N26", "eBay"): it starts with a capital letter or a digit (or a small letter then a
     * capital), has at most four words, and holds nothing but letters, digits and the marks of a name
     * ({@code . & ' -}). Otherwise empty, and the script uses its sentence without the slot: a typed
     * thought such as "any fintech really" or "Stripe maybe?" is never pasted into a note (issue 18:
     * when unsure, write less). Empty in, empty out.
     */
    static Optional<String> names(String typed) {
        String list = joined(typed);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        for (String item : list.split(", | and ")) {
            if (NAME_ENDINGS.contains(item.toLowerCase(Locale.ROOT))) {
                continue; // "Acme, Inc.": the end of the name before it
            }
            if (!NAME.matcher(item).matches() || item.split(" ").length > 4) {
                return Optional.empty();
            }
        }
        return Optional.of(list);
    }

    /** {@code "Acme"} becomes {@code "Acme's"}, {@code "Northwind Labs"} becomes {@code "Northwind Labs'"}. */
    static String possessive(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.strip();
        return n.endsWith("s") || n.endsWith("S") ? n + "'" : n + "'s";
    }
}
