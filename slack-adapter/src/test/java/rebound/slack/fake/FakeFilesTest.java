package rebound.slack.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The fake Slack's uploads refuse what Slack refuses")
class FakeFilesTest {

    private static final String BASE = "http://127.0.0.1:1/upload/";

    private static ApiCall call(String method, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("Authorization", "Bearer xoxb-test");
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return new ApiCall(method, params, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
    }

    private static String key(String answer) {
        String url = answer.replaceAll(".*\"upload_url\":\"([^\"]+)\".*", "$1");
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    @DisplayName("the app's manifest grants files:write; without it, or without a bot token, the calls are refused")
    void tokenAndScope() {
        assertThat(FakeFiles.scopesOf(Path.of("manifest.yml"))).contains("files:write", "chat:write");
        assertThat(new FakeFiles(Set.of("chat:write")).authRefusal(call("files.getUploadURLExternal")))
                .startsWith("missing_scope");
        FakeFiles files = new FakeFiles(Set.of("files:write"));
        assertThat(files.authRefusal(call("files.getUploadURLExternal"))).isNull();
        ApiCall userToken = new ApiCall("files.getUploadURLExternal", Map.of("Authorization", "Bearer xoxp-1"),
                com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        assertThat(files.authRefusal(userToken)).startsWith("invalid_auth");
        assertThat(files.authRefusal(new ApiCall("x", Map.of(), com.fasterxml.jackson.databind.node.MissingNode.getInstance())))
                .isEqualTo("not_authed");
    }

    @Test
    @DisplayName("length must match the bytes; an upload URL is single-use and expires; sizes past 1 GB are refused")
    void uploadRules() {
        FakeFiles files = new FakeFiles(Set.of("files:write"));
        assertThat(files.getUploadUrl(call("m", "filename", "a.txt", "length", "1000000001"), BASE))
                .startsWith("!invalid_arguments");
        String key = key(files.getUploadUrl(call("m", "filename", "a.txt", "length", "3"), BASE));
        assertThat(files.upload(key, "abcd".getBytes(StandardCharsets.UTF_8))[1]).startsWith("!uploaded 4 bytes");
        String again = key(files.getUploadUrl(call("m", "filename", "a.txt", "length", "3"), BASE));
        assertThat(files.upload(again, "abc".getBytes(StandardCharsets.UTF_8))[0]).isEqualTo("200");
        assertThat(files.upload(again, "abc".getBytes(StandardCharsets.UTF_8))[1]).startsWith("!upload URL unknown or used");
        files.urlLifetimeMillis = -1;
        String old = key(files.getUploadUrl(call("m", "filename", "a.txt", "length", "3"), BASE));
        assertThat(files.upload(old, "abc".getBytes(StandardCharsets.UTF_8))[1]).startsWith("!upload URL expired");
    }

    @Test
    @DisplayName("completing shares only uploaded files, and only in a channel the bot can post in")
    void completeRules() {
        FakeFiles files = new FakeFiles(Set.of("files:write"));
        String answer = files.getUploadUrl(call("m", "filename", "a.txt", "length", "3"), BASE);
        String id = answer.replaceAll(".*\"file_id\":\"([^\"]+)\".*", "$1");
        String list = "[{\"id\":\"" + id + "\",\"title\":\"a.txt\"}]";
        assertThat(files.complete(call("m", "files", list, "channel_id", "DU0ANA"))).startsWith("!file_not_found");
        files.upload(key(answer), "abc".getBytes(StandardCharsets.UTF_8));
        assertThat(files.complete(call("m", "files", list, "channel_id", "C0JOBS"))).startsWith("!channel_not_found");
        assertThat(files.complete(call("m", "files", list, "channel_id", "DU0ANA"))).startsWith("{\"ok\":true");
        assertThat(files.sharedIn("DU0ANA")).singleElement().satisfies(f -> assertThat(f.content()).hasSize(3));
    }
}
