package rebound.words;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;
import rebound.playbook.Template;

/**
 * Everything Rebound says that is not a draft or a question: greetings, hints, confirmations,
 * read from the playbook's {@code words.txt} so a community can reword them.
 */
public final class Words {

    public static final String FILE = "words.txt";
    /** The lines that list words Rebound understands rather than says (see {@link Vocabulary}). */
    static final String UNDERSTAND = "understand_";

    /** Variables a line of {@code words.txt} may use. */
    public static final Set<String> VARIABLES = Set.of(
            "company", "role", "step", "again", "label", "answer", "hint", "options", "count", "name", "part", "detail",
            "date", "kind", "to", "list", "id", "when", "total", "first_name", "commands", "outcome", "reason", "what",
            "stopped", "stopped_kinds", "drafts", "latest", "unsent",
            // issue 21, a person's story in a reminder: what they did since, and how the no came
            "answered", "declined", "referred", "reopened", "situation", "update", "late",
            // issue 18, reading: the greeting and topic each note will use
            "greeting", "topic", "clause", "formal", "formal_name");

    private final Map<String, Template> lines;

    private Words(Map<String, Template> lines) {
        this.lines = Map.copyOf(lines);
    }

    /**
     * Reads {@code words.txt}, adding to {@code problems} every bad line, every {@link Line} missing and
     * every one of {@code requiredKeys} (the lines a playbook names at run time) missing.
     */
    public static Words load(PlaybookSource source, List<String> requiredKeys, Problems problems) {
        PlaybookSource.Text text = source.require(FILE, problems);
        PlaybookFile file = PlaybookFile.parse(text.displayName(), text.content(), problems);
        Map<String, Template> lines = new HashMap<>();
        for (PlaybookFile.Block block : file.blocks()) {
            if (!block.name().isEmpty()) {
                problems.add(text.displayName(), block.line(), "words.txt has no [blocks]: write 'key: text' lines");
                continue;
            }
            for (PlaybookFile.Entry entry : block.entries()) {
                if (entry.key().startsWith(UNDERSTAND) && (entry.value().contains("${") || entry.value().contains("["))) {
                    problems.add(text.displayName(), entry.line(), "'" + entry.key() + ":' lists words Rebound "
                            + "understands, separated by commas; it takes no ${variables} or [if] parts");
                }
                lines.put(entry.key(), Template.compile(text.displayName(), entry.value(), entry.lines(),
                        VARIABLES, problems));
            }
        }
        Set<String> required = new LinkedHashSet<>();
        for (Line line : Line.values()) {
            required.add(line.key());
        }
        required.addAll(requiredKeys);
        for (String key : required) {
            if (!lines.containsKey(key)) {
                problems.add(text.displayName(), "missing the line '" + key + ":' that Rebound needs");
            }
        }
        Template format = lines.get(Line.DATE_FORMAT.key());
        if (format != null) {
            try {
                DateTimeFormatter.ofPattern(format.render(Map.of()));
            } catch (IllegalArgumentException e) {
                problems.add(text.displayName(), "'date_format:' is not a date pattern: " + e.getMessage());
            }
        }
        Template morning = lines.get(Line.REMINDER_MORNING.key());
        if (morning != null) {
            try {
                LocalTime.parse(morning.render(Map.of()).strip());
            } catch (DateTimeParseException e) {
                problems.add(text.displayName(), "'reminder_morning:' is not a time of day like 09:00: "
                        + e.getMessage());
            }
        }
        for (Line table : List.of(Line.ZONE_NAMES, Line.ZONE_CHOICES)) {
            Template zones = lines.get(table.key());
            if (zones != null) {
                checkZones(text.displayName(), table.key(), zones.render(Map.of()), problems);
            }
        }
        return new Words(lines);
    }

    /** Each {@code name = zone id} of a zone line must name a zone Java knows (issue 21). */
    private static void checkZones(String file, String key, String table, Problems problems) {
        for (String entry : table.split(",")) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                problems.add(file, "'" + key + ":' lists 'name = zone id' pairs; '" + entry.strip() + "' is not one");
                continue;
            }
            try {
                ZoneId.of(entry.substring(equals + 1).strip());
            } catch (DateTimeException e) {
                problems.add(file, "'" + key + ":' names a zone Java does not know: " + entry.strip());
            }
        }
    }

    /**
     * How dates read to a member in {@code zone}: {@code date_format} in the language
     * {@code date_language}, each date (and weekday) the one on the member's own calendar (issue 21).
     */
    public DateTimeFormatter dates(ZoneId zone) {
        return DateTimeFormatter.ofPattern(say(Line.DATE_FORMAT), Locale.forLanguageTag(say(Line.DATE_LANGUAGE).strip()))
                .withZone(zone);
    }

    /** When a member's reminders come on their due day, their local time: {@code reminder_morning} (issue 21). */
    public LocalTime morning() {
        return LocalTime.parse(say(Line.REMINDER_MORNING).strip());
    }

    /** The line {@code line}, rendered without variables. */
    public String say(Line line) {
        return say(line.key(), Map.of());
    }

    /** The line {@code line}, its {@code ${variables}} filled from {@code values} (missing ones read as empty). */
    public String say(Line line, Map<String, String> values) {
        return say(line.key(), values);
    }

    public String say(String key) {
        return say(key, Map.of());
    }

    public String say(String key, Map<String, String> values) {
        Template template = lines.get(key);
        if (template == null) {
            throw new IllegalStateException("words.txt has no line '" + key + "'");
        }
        return template.render(values);
    }

    public boolean has(String key) {
        return lines.containsKey(key);
    }
}
