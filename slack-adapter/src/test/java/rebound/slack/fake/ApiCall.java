package rebound.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/** One call that reached the fake Slack: a Web API method (or {@code respond} for a response_url) and what it carried. */
public record ApiCall(String method, Map<String, String> params, JsonNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A parameter (form field or JSON field) as text, or null. */
    public String param(String name) {
        if (params.containsKey(name)) {
            return params.get(name);
        }
        JsonNode value = json.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    /** A parameter that holds JSON (blocks, view), parsed. */
    public JsonNode jsonParam(String name) {
        JsonNode inline = json.path(name);
        if (!inline.isMissingNode()) {
            return inline;
        }
        String text = params.get(name);
        if (text == null) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(name + " is not JSON: " + text, e);
        }
    }

    public JsonNode blocks() {
        return method.equals("views.publish") || method.equals("views.open") ? jsonParam("view").path("blocks")
                : jsonParam("blocks");
    }

    /** Every mrkdwn/plain text of the blocks, one per line: what the member would read. */
    public String shownText() {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : blocks()) {
            JsonNode text = block.path("text").path("text");
            if (!text.isMissingNode()) {
                out.append(text.asText()).append('\n');
            }
            for (JsonNode element : block.path("elements")) {
                if (element.path("text").isTextual()) {
                    out.append(element.path("text").asText()).append('\n');
                }
            }
        }
        return out.length() == 0 && param("text") != null ? param("text") : out.toString();
    }

    /** The block with this block_id, or a missing node. */
    public JsonNode block(String blockId) {
        for (JsonNode block : blocks()) {
            if (blockId.equals(block.path("block_id").asText())) {
                return block;
            }
        }
        return MissingNode.getInstance();
    }

    /** The first interactive element whose action_id starts with the prefix. */
    public JsonNode element(String actionIdPrefix) {
        for (JsonNode block : blocks()) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().startsWith(actionIdPrefix)) {
                    return element;
                }
            }
        }
        return MissingNode.getInstance();
    }

    /** The block_id of the block holding the element with this action_id prefix. */
    public String blockIdOf(String actionIdPrefix) {
        for (JsonNode block : blocks()) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().startsWith(actionIdPrefix)) {
                    return block.path("block_id").asText();
                }
            }
        }
        return null;
    }
}
