package rebound.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake Slack's file uploads, as Slack documents its {@code files.uploadV2} flow (the SDK's
 * {@code filesUploadV2}): {@code files.getUploadURLExternal} (a bot token with the {@code files:write}
 * scope; {@code filename}; {@code length} in bytes, at most {@link #MOST_BYTES}) answers an
 * {@code upload_url} and a {@code file_id}; the bytes are POSTed to that URL, once, before it
 * expires, exactly {@code length} of them; {@code files.completeUploadExternal} (same token and
 * scope; {@code files} as JSON [{id, title}], each uploaded; {@code channel_id} a channel the bot
 * can post in: its DM with a member, {@code D}+user, which exists once the member wrote there or the
 * bot opened it with {@code conversations.open}; never a channel or a DM between two people) shares
 * them there.
 *
 * <p>The scopes are the manifest's ({@code manifest.yml}), so a scope missing there is missing here.
 * Slack does not document how long an upload URL lives; the fake gives {@link #urlLifetimeMillis}
 * (60 s unless a test shortens it). What the app does wrong is a violation; a refusal a test asks for
 * (a 5xx from the upload, as in an incident) is not.
 */
public final class FakeFiles {

    /** Slack's largest file: 1 GB. */
    static final long MOST_BYTES = 1_000_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A file shared in a channel: what the member sees. */
    public record Shared(String id, String channel, String filename, String title, byte[] content) {
    }

    private record Pending(String id, String filename, long length, long issuedMillis) {
    }

    private final Set<String> scopes;
    private final Map<String, Pending> byUrl = new ConcurrentHashMap<>();
    private final Map<String, byte[]> uploaded = new ConcurrentHashMap<>();
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final List<Shared> shared = new ArrayList<>();
    private final Set<String> channels = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<Integer> uploadFailures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger ids = new AtomicInteger();
    volatile long urlLifetimeMillis = 60_000;

    FakeFiles(Set<String> scopes) {
        this.scopes = Set.copyOf(scopes);
    }

    /**
     * The app's manifest, {@code slack-adapter/manifest.yml}, from the module's folder, the project's root
     * or a sibling module's (the container test in {@code dist/} runs the fake too).
     */
    static Path manifest() {
        for (Path manifest : new Path[] {Path.of("manifest.yml"), Path.of("slack-adapter", "manifest.yml"),
                Path.of("..", "slack-adapter", "manifest.yml")}) {
            if (Files.isRegularFile(manifest)) {
                return manifest;
            }
        }
        throw new IllegalStateException("the fake Slack reads the bot scopes from slack-adapter/manifest.yml; not found");
    }

    /** The bot scopes of the app's manifest ({@code oauth_config.scopes.bot}), read from {@code manifest}. */
    static Set<String> scopesOf(Path manifest) {
        try {
            List<String> lines = Files.readAllLines(manifest);
            Set<String> found = new java.util.HashSet<>();
            boolean inBot = false;
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.equals("bot:")) {
                    inBot = true;
                } else if (inBot && trimmed.startsWith("- ")) {
                    found.add(trimmed.substring(2).strip());
                } else if (inBot && !trimmed.startsWith("#") && !trimmed.isEmpty()) {
                    inBot = false;
                }
            }
            return found;
        } catch (IOException e) {
            throw new IllegalStateException("the fake Slack reads the app's scopes from " + manifest, e);
        }
    }

    /** The bot may post in {@code channel} (a DM it opened). */
    void canPostIn(String channel) {
        channels.add(channel);
    }

    /** The next uploads answer these HTTP statuses (a 5xx, as Slack's storage in an incident). */
    void failUploads(int... statuses) {
        for (int status : statuses) {
            uploadFailures.add(status);
        }
    }

    /** Files shared in {@code channel}, oldest first. */
    List<Shared> sharedIn(String channel) {
        synchronized (shared) {
            return shared.stream().filter(s -> s.channel().equals(channel)).toList();
        }
    }

    /** Why Slack refuses a call by its token or scopes, or null. */
    String authRefusal(ApiCall call) {
        String authorization = call.param("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7)
                : call.param("token");
        if (token == null || token.isBlank()) {
            return "not_authed";
        }
        if (!token.startsWith("xoxb-")) {
            return "invalid_auth a " + token.substring(0, Math.min(5, token.length())) + " token, not the bot's";
        }
        return scopes.contains("files:write") ? null : "missing_scope files:write is not in manifest.yml";
    }

    /** files.getUploadURLExternal: the JSON answer, or a refusal as {@code error why}. */
    String getUploadUrl(ApiCall call, String uploadBase) {
        String filename = call.param("filename");
        String length = call.param("length");
        if (filename == null || filename.isBlank() || length == null) {
            return "!invalid_arguments filename and length are required";
        }
        long bytes;
        try {
            bytes = Long.parseLong(length);
        } catch (NumberFormatException e) {
            return "!invalid_arguments length is not a number: " + length;
        }
        if (bytes <= 0 || bytes > MOST_BYTES) {
            return "!invalid_arguments length " + bytes + " (1 to " + MOST_BYTES + " bytes)";
        }
        String id = "F" + String.format("%08d", ids.incrementAndGet());
        String url = uploadBase + id + "-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
        byUrl.put(url.substring(url.lastIndexOf('/') + 1), new Pending(id, filename, bytes, System.currentTimeMillis()));
        names.put(id, filename);
        return "{\"ok\":true,\"upload_url\":\"" + url + "\",\"file_id\":\"" + id + "\"}";
    }

    /**
     * The POST of a file's bytes to its upload URL: the HTTP status and body Slack answers, with a
     * violation (prefixed {@code !}) when the app did wrong.
     */
    String[] upload(String key, byte[] body) {
        Integer failure = uploadFailures.poll();
        if (failure != null) {
            return new String[] {String.valueOf(failure), "upstream unavailable"};
        }
        Pending pending = byUrl.remove(key); // single use
        if (pending == null) {
            return new String[] {"404", "!upload URL unknown or used before: " + key};
        }
        if (System.currentTimeMillis() - pending.issuedMillis() > urlLifetimeMillis) {
            return new String[] {"404", "!upload URL expired: " + key};
        }
        if (body.length != pending.length()) {
            return new String[] {"400", "!uploaded " + body.length + " bytes for a declared length of " + pending.length()};
        }
        uploaded.put(pending.id(), body);
        return new String[] {"200", "OK - " + body.length};
    }

    /** files.completeUploadExternal: the JSON answer, or a refusal as {@code !error why}. */
    String complete(ApiCall call) {
        String channel = call.param("channel_id");
        if (channel != null && !channels.contains(channel) && !channel.matches("DU[A-Z0-9]+")) {
            return "!channel_not_found the bot cannot post in " + channel;
        }
        JsonNode files;
        try {
            files = JSON.readTree(String.valueOf(call.param("files")));
        } catch (IOException e) {
            return "!invalid_arguments files is not JSON";
        }
        if (!files.isArray() || files.isEmpty()) {
            return "!invalid_arguments files must list the uploaded files";
        }
        List<Shared> now = new ArrayList<>();
        StringBuilder answer = new StringBuilder("{\"ok\":true,\"files\":[");
        for (JsonNode file : files) {
            String id = file.path("id").asText();
            byte[] bytes = uploaded.remove(id);
            if (bytes == null) {
                return "!file_not_found " + id + " was not uploaded (or was completed before)";
            }
            String title = file.path("title").asText(names.get(id));
            now.add(new Shared(id, channel, names.get(id), title, bytes));
            answer.append(now.size() == 1 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"name\":\"")
                    .append(names.get(id)).append("\",\"title\":\"").append(title).append("\",\"size\":")
                    .append(bytes.length).append('}');
        }
        if (channel != null) {
            synchronized (shared) {
                shared.addAll(now);
            }
        }
        return answer.append("]}").toString();
    }
}
