package rebound.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Discord's "Uploading Files": multipart/form-data, payload_json and files[n], as the fake takes and refuses them. */
@DisplayName("The fake Discord takes files as Discord does, and refuses what Discord refuses")
class FakeDiscordFilesTest {

    private static final String BOUNDARY = "reboundtestboundary";
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        discord.close();
    }

    /** A message with {@code files} files of {@code bytes} bytes each; {@code described} of them have attachment objects. */
    private HttpResponse<String> post(int files, int bytes, int described) throws Exception {
        StringBuilder attachments = new StringBuilder();
        for (int i = 0; i < described; i++) {
            attachments.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"filename\":\"f")
                    .append(i).append(".txt\"}");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"content\":\"here\",\"attachments\":[" + attachments
                + "]}\r\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < files; i++) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files[" + i + "]\"; filename=\"f"
                    + i + ".txt\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(new byte[bytes]);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restUrl() + "channels/123/messages"))
                .header("Authorization", "Bot " + FakeDiscord.TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("two described files are taken, and the message created lists them as attachments")
    void taken() throws Exception {
        HttpResponse<String> answer = post(2, 1000, 2);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"filename\":\"f0.txt\"").contains("\"filename\":\"f1.txt\"");
        assertThat(discord.violations()).isEmpty();
        assertThat(discord.calls().get(0).files()).extracting(FormData.Part::filename).containsExactly("f0.txt", "f1.txt");
        assertThat(discord.calls().get(0).files().get(0).content()).hasSize(1000);
    }

    @Test
    @DisplayName("more than 10 files: refused")
    void tooMany() throws Exception {
        assertThat(post(11, 10, 11).statusCode()).isEqualTo(400);
        assertThat(discord.violations()).singleElement().asString().contains("11 files (at most 10)");
    }

    @Test
    @DisplayName("over 10 MiB together: refused with 413 and 40005")
    void tooLarge() throws Exception {
        HttpResponse<String> answer = post(2, 5 * 1024 * 1024 + 1, 2);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("40005");
        assertThat(post(2, 5 * 1024 * 1024, 2).statusCode()).as("exactly 10 MiB fits").isEqualTo(200);
    }

    @Test
    @DisplayName("a file without its attachment object: refused")
    void missingMetadata() throws Exception {
        assertThat(post(2, 10, 1).statusCode()).isEqualTo(400);
        assertThat(discord.violations()).singleElement().asString().contains("files[1] has no attachment object");
    }

    @Test
    @DisplayName("the bot's renderer never puts more on a message than Discord takes")
    void groups() {
        List<rebound.frontdoor.Attachment> many = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            many.add(new rebound.frontdoor.Attachment("f" + i + ".bin", null, new byte[1024 * 1024]));
        }
        many.add(new rebound.frontdoor.Attachment("huge.bin", null, new byte[11 * 1024 * 1024]));
        var groups = rebound.discord.RendererAccess.fileGroups(many);
        assertThat(groups).allSatisfy(g -> {
            assertThat(g.size()).isLessThanOrEqualTo(DiscordLimits.FILES);
            assertThat(g.stream().mapToLong(rebound.frontdoor.Attachment::size).sum())
                    .isLessThanOrEqualTo(DiscordLimits.UPLOAD_BYTES);
        });
        assertThat(groups.stream().mapToInt(List::size).sum()).as("all but the one over 10 MiB").isEqualTo(23);
    }
}
