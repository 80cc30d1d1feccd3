package rebound.frontdoor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;
import rebound.playbook.Template;

/**
 * The lines a platform front door says itself (a failed turn, someone else's button, where the
 * conversation goes on), read from the playbook's {@code frontdoor.txt} so a community can reword
 * them like every other word. A missing line or an unknown variable stops the start.
 */
public final class DoorWords {

    public static final String FILE = "frontdoor.txt";
    /** Every key a front door asks for; all must be present. */
    public static final List<String> KEYS = List.of("failed", "not_yours", "expired", "continue_in_dm",
            "continue_in_dm_link", "continued_in_dms", "open_dms", "dms_closed", "pick_one", "pick_several",
            "done_picking", "cancel", "menu_range", "form_unavailable", "slow_down", "file_not_sent", "file_saved",
            "edit_not_taken", "command_rejected", "command_new", "command_list", "command_update", "command_settings",
            "command_settings_zone", "command_forget", "command_calendar", "command_export", "command_help",
            "draft_to", "draft_subject", "terminal_welcome", "terminal_commands", "terminal_bye", "terminal_reminder",
            "terminal_pick_several", "dms_no_server", "dms_closed_elsewhere", "install_refused", "install_failed");
    private static final Set<String> VARIABLES = Set.of("where", "from", "to", "total", "name", "part", "subject");

    private final Map<String, Template> lines;

    private DoorWords(Map<String, Template> lines) {
        this.lines = Map.copyOf(lines);
    }

    /** The built-in lines (tests, tools). */
    public static DoorWords builtIn() {
        return load(PlaybookSource.builtIn());
    }

    /**
     * Reads {@code frontdoor.txt} from the playbook (the community's copy when its folder has one).
     *
     * @throws rebound.playbook.PlaybookException listing every problem with its file and line
     */
    public static DoorWords load(PlaybookSource source) {
        Problems problems = new Problems();
        PlaybookSource.Text text = source.require(FILE, problems);
        Map<String, Template> lines = new HashMap<>();
        if (text != null) {
            PlaybookFile file = PlaybookFile.parse(text.displayName(), text.content(), problems);
            for (PlaybookFile.Block block : file.blocks()) {
                for (PlaybookFile.Entry entry : block.entries()) {
                    lines.put(entry.key(), Template.compile(text.displayName(), entry.value(), entry.lines(),
                            VARIABLES, problems));
                }
            }
            for (String key : KEYS) {
                if (!lines.containsKey(key)) {
                    problems.add(text.displayName(), "missing the line '" + key + ":' that the front doors need");
                }
            }
        }
        problems.throwIfAny();
        return new DoorWords(lines);
    }

    /** The line for {@code key} (one of {@link #KEYS}). */
    public String say(String key) {
        return say(key, Map.of());
    }

    /**
     * The heading every front door shows above a draft: whom it is for (their name and part, or only their
     * part when the member did not catch the name: "the recruiter") and its subject, each line only when the
     * draft has it ({@code draft_to}, {@code draft_subject}), in the core's markup ({@code *bold*}) that each
     * platform turns into its own.
     *
     * @return the heading's lines joined by a line break; empty when the draft names neither
     */
    public String draftHeading(Draft draft) {
        List<String> heading = new ArrayList<>();
        String to = draft.to() == null ? "" : draft.to();
        String part = draft.part() == null ? "" : draft.part();
        if (!to.isBlank() || !part.isBlank()) {
            heading.add(say("draft_to", Map.of("to", to, "part", part)));
        }
        if (draft.subject() != null && !draft.subject().isBlank()) {
            heading.add(say("draft_subject", Map.of("subject", draft.subject())));
        }
        return String.join("\n", heading);
    }

    /** The line for {@code key} with its variables filled in. */
    public String say(String key, Map<String, String> values) {
        Template template = lines.get(key);
        if (template == null) {
            throw new IllegalArgumentException(FILE + " has no line '" + key + "'");
        }
        return template.render(values);
    }
}
