package rebound.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Block Kit limits Slack enforces, so the fake refuses what Slack refuses (Slack answers
 * {@code invalid_blocks}). From Slack's Block Kit reference: at most 50 blocks in a message and
 * 100 in a modal or Home tab; section text 3,000 characters; {@code block_id} and
 * {@code action_id} 255; button text 75 and value 2,000; a select's options at most 100, each
 * option's text 75 and value 150; placeholders 150; a modal's title 24 and its close/submit
 * text 24; an input's label 2,000; a context block at most 10 elements.
 */
public final class BlockKitLimits {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    public static final int SECTION_TEXT = 3000;
    public static final int ID = 255;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int OPTIONS = 100;
    public static final int OPTION_TEXT = 75;
    public static final int OPTION_VALUE = 150;
    public static final int PLACEHOLDER = 150;
    public static final int MODAL_TITLE = 24;
    public static final int LABEL = 2000;
    public static final int CONTEXT_ELEMENTS = 10;
    /** Message {@code text}: Slack truncates past 40,000; the fake refuses instead so a test sees it. */
    public static final int MESSAGE_TEXT = 40000;

    private BlockKitLimits() {
    }

    /** Every limit the message's {@code text} and {@code blocks} break (empty when Slack would take it). */
    public static List<String> ofMessage(String text, JsonNode blocks) {
        List<String> problems = new ArrayList<>();
        if (text != null && text.length() > MESSAGE_TEXT) {
            problems.add("text is " + text.length() + " characters (at most " + MESSAGE_TEXT + ")");
        }
        blocks(blocks, MESSAGE_BLOCKS, problems);
        return problems;
    }

    /** Every limit a modal or Home tab view breaks. */
    public static List<String> ofView(JsonNode view) {
        List<String> problems = new ArrayList<>();
        blocks(view.path("blocks"), VIEW_BLOCKS, problems);
        if ("modal".equals(view.path("type").asText())) {
            for (String field : List.of("title", "close", "submit")) {
                max(view.path(field).path("text"), MODAL_TITLE, "modal " + field, problems);
            }
            if (view.path("title").path("text").asText("").isEmpty()) {
                problems.add("a modal needs a title");
            }
        }
        max(view.path("callback_id"), ID, "callback_id", problems);
        max(view.path("private_metadata"), 3000, "private_metadata", problems);
        return problems;
    }

    private static void blocks(JsonNode blocks, int most, List<String> problems) {
        if (blocks.isMissingNode() || blocks.isNull()) {
            return;
        }
        if (blocks.size() > most) {
            problems.add(blocks.size() + " blocks (at most " + most + ")");
        }
        for (JsonNode block : blocks) {
            max(block.path("block_id"), ID, "block_id", problems);
            String type = block.path("type").asText();
            if (type.equals("section")) {
                max(block.path("text").path("text"), SECTION_TEXT, "section text", problems);
                for (JsonNode field : block.path("fields")) {
                    max(field.path("text"), 2000, "section field", problems);
                }
                element(block.path("accessory"), problems);
            } else if (type.equals("context")) {
                if (block.path("elements").size() > CONTEXT_ELEMENTS) {
                    problems.add("context with " + block.path("elements").size() + " elements");
                }
                for (JsonNode element : block.path("elements")) {
                    max(element.path("text"), SECTION_TEXT, "context text", problems);
                }
            } else if (type.equals("actions")) {
                if (block.path("elements").size() > 25) {
                    problems.add("actions with " + block.path("elements").size() + " elements (at most 25)");
                }
                block.path("elements").forEach(e -> element(e, problems));
            } else if (type.equals("input")) {
                max(block.path("label").path("text"), LABEL, "input label", problems);
                element(block.path("element"), problems);
            } else if (type.equals("header")) {
                max(block.path("text").path("text"), 150, "header text", problems);
            }
        }
    }

    private static void element(JsonNode element, List<String> problems) {
        if (element.isMissingNode()) {
            return;
        }
        max(element.path("action_id"), ID, "action_id", problems);
        max(element.path("placeholder").path("text"), PLACEHOLDER, "placeholder", problems);
        if ("button".equals(element.path("type").asText())) {
            max(element.path("text").path("text"), BUTTON_TEXT, "button text", problems);
            max(element.path("value"), BUTTON_VALUE, "button value", problems);
        }
        JsonNode options = element.path("options");
        if (options.size() > OPTIONS) {
            problems.add("a select with " + options.size() + " options (at most " + OPTIONS + ")");
        }
        for (JsonNode option : options) {
            max(option.path("text").path("text"), OPTION_TEXT, "option text", problems);
            max(option.path("value"), OPTION_VALUE, "option value", problems);
        }
    }

    private static void max(JsonNode text, int most, String what, List<String> problems) {
        if (text.isTextual() && text.asText().length() > most) {
            problems.add(what + " is " + text.asText().length() + " characters (at most " + most + "): "
                    + text.asText().substring(0, Math.min(60, text.asText().length())) + "...");
        }
    }
}
