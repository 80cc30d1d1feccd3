package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/** One REST request JDA sent to the fake Discord: method, path under {@code /api/v10/}, and JSON body. */
public record RestCall(String method, String path, JsonNode body, long receivedNanos) {

    public boolean is(String method, String pathRegex) {
        return this.method.equals(method) && path.matches(pathRegex);
    }

    /** The message text of a reply, an edit or a DM (for an interaction callback, inside {@code data}). */
    public String content() {
        JsonNode message = body.has("data") ? body.get("data") : body;
        return message == null ? "" : message.path("content").asText("");
    }

    public int flags() {
        JsonNode message = body.has("data") ? body.get("data") : body;
        return message == null ? 0 : message.path("flags").asInt(0);
    }

    /** Every {@code custom_id} in the message's components, in order. */
    public java.util.List<String> customIds() {
        java.util.List<String> ids = new java.util.ArrayList<>();
        body.findValues("custom_id").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Override
    public String toString() {
        return method + " " + path + " " + body;
    }
}
