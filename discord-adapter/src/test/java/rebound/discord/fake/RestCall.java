package rebound.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One REST request JDA sent to the fake Discord: method, path under {@code /api/v10/}, JSON body (for a
 * multipart request, its {@code payload_json}) and the files uploaded with it ({@code files[n]}).
 */
public record RestCall(String method, String path, JsonNode body, long receivedNanos, List<FormData.Part> files) {

    public RestCall {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public RestCall(String method, String path, JsonNode body, long receivedNanos) {
        this(method, path, body, receivedNanos, List.of());
    }

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
