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
