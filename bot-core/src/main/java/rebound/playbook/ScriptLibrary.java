package rebound.playbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the scripts of the playbook, one file per kind under {@code scripts/}, each with every tone:
 *
 * <pre>
 * [warm]
 * subject: Thank you, ${first_name}
 * body:
 *   Hi ${first_name},
 *   [if detail] I keep thinking about ${detail}.
 * </pre>
 *
 * A tone block may appear several times: each is one variant.
 */
public final class ScriptLibrary {

    public static final List<String> TONES = List.of("warm", "formal", "brief");

    /** Variables a script may use; each is filled for the recipient and the rejection. */
    public static final Set<String> VARIABLES = Set.of(
            "name", "first_name", "part", "part_label", "detail", "company", "role", "stage", "outcome",
            "targets", "referrer", "others", "still_interested", "after_silence", "company_possessive",
            "formal_name", "named", "told", "spoke", "clicked", "in_touch");

    private final Map<String, Script> scripts;

    private ScriptLibrary(Map<String, Script> scripts) {
        this.scripts = Map.copyOf(scripts);
    }

    public static ScriptLibrary load(PlaybookSource source, List<String> kinds, Problems problems) {
        Map<String, Script> scripts = new LinkedHashMap<>();
        for (String kind : kinds) {
            PlaybookSource.Text text = source.require(path(kind), problems);
            scripts.put(kind, parse(kind, text, problems));
        }
        for (String file : source.overrideFiles("scripts")) {
            String kind = file.substring("scripts/".length()).replaceFirst("\\.txt$", "");
            if (!kinds.contains(kind)) {
                problems.add(file, "unknown kind '" + kind + "'; the playbook knows " + String.join(", ", kinds));
            }
        }
        return new ScriptLibrary(scripts);
    }

    static String path(String kind) {
        return "scripts/" + kind + ".txt";
    }

    private static Script parse(String kind, PlaybookSource.Text text, Problems problems) {
        String file = text.displayName();
        PlaybookFile parsed = PlaybookFile.parse(file, text.content(), problems);
        Map<String, List<Script.Variant>> tones = new LinkedHashMap<>();
        for (PlaybookFile.Block block : parsed.blocks()) {
            if (!TONES.contains(block.name())) {
                problems.add(file, block.line(), "unknown tone [" + block.name() + "]; use "
                        + String.join(", ", TONES.stream().map(t -> "[" + t + "]").toList()));
                continue;
            }
            PlaybookFile.Entry subject = block.entry("subject");
            PlaybookFile.Entry body = block.entry("body");
            if (subject == null || body == null) {
                problems.add(file, block.line(), "[" + block.name() + "] needs a 'subject:' and a 'body:'");
                continue;
            }
            tones.computeIfAbsent(block.name(), t -> new ArrayList<>()).add(new Script.Variant(
                    Template.compile(file, subject.value(), subject.lines(), VARIABLES, problems),
                    Template.compile(file, body.value(), body.lines(), VARIABLES, problems)));
        }
        for (String tone : TONES) {
            if (!tones.containsKey(tone)) {
                problems.add(file, "missing tone [" + tone + "]: every script needs "
                        + String.join(", ", TONES));
            }
        }
        return new Script(kind, tones);
    }

    public Script script(String kind) {
        Script script = scripts.get(kind);
        if (script == null) {
            throw new IllegalArgumentException("no script of kind '" + kind + "'");
        }
        return script;
    }
}
