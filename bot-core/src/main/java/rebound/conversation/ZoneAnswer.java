package rebound.conversation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rebound.words.Line;
import rebound.words.Vocabulary;
import rebound.words.Words;

/**
 * Reads a time zone as a member types it (issue 21): a zone id in any case ({@code Europe/Berlin},
 * {@code asia/kolkata}), an offset ({@code UTC+5:30}, {@code GMT-10}, {@code +13}), or a city or short
 * name from words.txt's {@code zone_names} ({@code Auckland}, {@code IST}). Anything else is no zone.
 */
final class ZoneAnswer {

    private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?:[:.h]?(\\d{2}))?");
    private static final Map<String, String> ZONE_IDS = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            ZONE_IDS.put(id.toLowerCase(Locale.ROOT), id);
        }
    }

    private final Map<String, ZoneId> names;
    private final Map<String, ZoneId> choices;

    /** The zones named in {@code words} ({@code zone_names}, {@code zone_choices}). */
    ZoneAnswer(Words words) {
        this.names = table(words.say(Line.ZONE_NAMES), true);
        this.choices = table(words.say(Line.ZONE_CHOICES), false);
    }

    /** The zone {@code typed} names, or empty when it names none. */
    Optional<ZoneId> read(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > 60) {
            return Optional.empty();
        }
        String id = ZONE_IDS.get(text.toLowerCase(Locale.ROOT).replace(' ', '_'));
        if (id != null) {
            return Optional.of(ZoneId.of(id));
        }
        String name = Vocabulary.normalize(text);
        if (names.containsKey(name)) {
            return Optional.of(names.get(name));
        }
        Matcher offset = OFFSET.matcher(text.toLowerCase(Locale.ROOT).replace(" ", ""));
        if (offset.matches()) {
            int sign = "-".equals(offset.group(1)) ? -1 : 1;
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            try {
                return Optional.of(ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.group(2)), sign * minutes));
            } catch (DateTimeException e) {
                return Optional.empty(); // past +-18:00, or minutes past 59
            }
        }
        return Optional.empty();
    }

    /** The zones offered as buttons, label to zone, in the order of {@code zone_choices}. */
    Map<String, ZoneId> choices() {
        return choices;
    }

    /** How a zone reads to the member: its id ({@code Asia/Kolkata}), an offset as {@code UTC+05:30}. */
    static String display(ZoneId zone) {
        if (zone instanceof ZoneOffset offset) {
            return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        }
        return zone.getId();
    }

    private static Map<String, ZoneId> table(String line, boolean normalize) {
        Map<String, ZoneId> table = new LinkedHashMap<>();
        for (String entry : line.split(",")) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String name = entry.substring(0, equals).strip();
            table.put(normalize ? Vocabulary.normalize(name) : name, ZoneId.of(entry.substring(equals + 1).strip()));
        }
        return table;
    }
}
