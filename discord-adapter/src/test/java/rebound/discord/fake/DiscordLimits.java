package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The message and component limits Discord enforces (it answers 50035 Invalid Form Body), so the
 * fake refuses what Discord refuses. From Discord's API reference: content 2,000 characters; at
 * most 5 action rows; a row holds up to 5 buttons or exactly one select menu; a select has at most
 * 25 options (label, value and description 100 each, placeholder 150); {@code custom_id} 100;
 * a button label 80; a message needs content, an embed or components (50006); a modal's title 45,
 * its inputs' labels 45 and placeholders 100, at most 5 components.
 *
 * <p>Files (Discord's "Uploading Files" reference): sent as {@code multipart/form-data} with the message
 * in {@code payload_json} and each file as {@code files[n]}; each file needs its attachment object
 * ({@code attachments} with {@code id} n) in the payload; at most {@value #FILES} files a message, and
 * all of them together at most {@value #UPLOAD_BYTES} bytes for a bot in a server without boosts (past
 * it Discord answers HTTP 413, code {@value #TOO_LARGE}).
 */
public final class DiscordLimits {

    public static final int CONTENT = 2000;
    public static final int ROWS = 5;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int OPTIONS = 25;
    public static final int CUSTOM_ID = 100;
    public static final int BUTTON_LABEL = 80;
    public static final int OPTION_TEXT = 100;
    public static final int PLACEHOLDER = 150;
    public static final int MODAL_TITLE = 45;
    public static final int MODAL_LABEL = 45;
    public static final int INPUT_PLACEHOLDER = 100;
    public static final int FILES = 10;
    public static final long UPLOAD_BYTES = 10L * 1024 * 1024;
    /** Discord's code for a request whose files are too large (with HTTP 413). */
    public static final int TOO_LARGE = 40005;

    private DiscordLimits() {
    }

    /** Every limit a message body (create or edit) breaks; empty when Discord would take it. */
    public static List<String> ofMessage(JsonNode body, boolean edit) {
        List<String> problems = new ArrayList<>();
        String content = body.path("content").asText("");
        if (content.length() > CONTENT) {
            problems.add("content is " + content.length() + " characters (at most " + CONTENT + ")");
        }
        JsonNode rows = body.path("components");
        if (!edit && content.isEmpty() && rows.size() == 0 && body.path("embeds").size() == 0
                && body.path("attachments").size() == 0) {
            problems.add("50006 Cannot send an empty message");
        }
        if (rows.size() > ROWS) {
            problems.add(rows.size() + " action rows (at most " + ROWS + ")");
        }
        for (JsonNode row : rows) {
            row(row, problems);
        }
        return problems;
    }

    /** Why the files together are too large for Discord, or null when they fit. */
    public static String tooLarge(List<FormData.Part> files) {
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        return total > UPLOAD_BYTES ? "files of " + total + " bytes (at most " + UPLOAD_BYTES + ")" : null;
    }

    /** Every rule the files of a message break: their count, their names, their attachment objects. */
    public static List<String> ofFiles(JsonNode payload, List<FormData.Part> files) {
        List<String> problems = new ArrayList<>();
        if (files.size() > FILES) {
            problems.add(files.size() + " files (at most " + FILES + ")");
        }
        java.util.Set<String> described = new java.util.HashSet<>();
        for (JsonNode attachment : payload.path("attachments")) {
            described.add(attachment.path("id").asText());
        }
        for (FormData.Part file : files) {
            java.util.regex.Matcher n = java.util.regex.Pattern.compile("files\\[(\\d+)]").matcher(file.name());
            if (!n.matches()) {
                problems.add("a file in the field " + file.name() + " (files are files[n])");
            } else if (!described.contains(n.group(1))) {
                problems.add("files[" + n.group(1) + "] has no attachment object (attachments[].id " + n.group(1) + ")");
            }
            if (file.filename().isBlank()) {
                problems.add("files[" + file.name() + "] without a filename");
            }
        }
        return problems;
    }

    /** Every limit a modal (an interaction callback of type 9) breaks. */
    public static List<String> ofModal(JsonNode data) {
        List<String> problems = new ArrayList<>();
        max(data.path("title"), MODAL_TITLE, "modal title", problems);
        max(data.path("custom_id"), CUSTOM_ID, "modal custom_id", problems);
        if (data.path("components").size() > ROWS) {
            problems.add("a modal with " + data.path("components").size() + " components (at most " + ROWS + ")");
        }
        for (JsonNode component : data.path("components")) {
            max(component.path("label"), MODAL_LABEL, "modal label", problems);
            JsonNode inputs = component.has("component") ? component.path("component") : component.path("components");
            for (JsonNode input : inputs.isArray() ? inputs : List.of(inputs)) {
                max(input.path("label"), MODAL_LABEL, "text input label", problems);
                max(input.path("placeholder"), INPUT_PLACEHOLDER, "text input placeholder", problems);
                max(input.path("custom_id"), CUSTOM_ID, "text input custom_id", problems);
            }
        }
        return problems;
    }

    private static void row(JsonNode row, List<String> problems) {
        JsonNode items = row.path("components");
        int buttons = 0;
        int selects = 0;
        for (JsonNode item : items) {
            int type = item.path("type").asInt();
            max(item.path("custom_id"), CUSTOM_ID, "custom_id", problems);
            if (type == 2) {
                buttons++;
                max(item.path("label"), BUTTON_LABEL, "button label", problems);
            } else if (type >= 3 && type <= 8) {
                selects++;
                max(item.path("placeholder"), PLACEHOLDER, "select placeholder", problems);
                if (item.path("options").size() > OPTIONS) {
                    problems.add("a select with " + item.path("options").size() + " options (at most " + OPTIONS + ")");
                }
                for (JsonNode option : item.path("options")) {
                    max(option.path("label"), OPTION_TEXT, "option label", problems);
                    max(option.path("value"), OPTION_TEXT, "option value", problems);
                    max(option.path("description"), OPTION_TEXT, "option description", problems);
                }
            }
        }
        if (buttons > BUTTONS_PER_ROW) {
            problems.add("a row with " + buttons + " buttons (at most " + BUTTONS_PER_ROW + ")");
        }
        if (selects > 0 && items.size() > 1) {
            problems.add("a select menu shares its row with " + (items.size() - 1) + " other component(s)");
        }
    }

    private static void max(JsonNode text, int most, String what, List<String> problems) {
        if (text.isTextual() && text.asText().length() > most) {
            problems.add(what + " is " + text.asText().length() + " characters (at most " + most + ")");
        }
    }
}
