package rebound.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Discord's rules for commands, channels and DMs of an app added to a member's own account (issue 20). */
@DisplayName("The fake Discord refuses what Discord refuses around user installs")
class UserInstallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UMA = "100000000000000071";
    private FakeDiscord discord;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
    }

    @AfterEach
    void stop() throws Exception {
        discord.close();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
                .header("Authorization", "Bot " + FakeDiscord.TOKEN).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> register(String integrationTypes, String contexts) throws Exception {
        return call("PUT", "applications/" + FakeDiscord.APP_ID + "/commands", "[{\"name\":\"rejected\","
                + "\"description\":\"d\",\"integration_types\":" + integrationTypes + ",\"contexts\":" + contexts + "}]");
    }

    @Test
    @DisplayName("PRIVATE_CHANNEL without USER_INSTALL, or an unknown context, is refused with 50035")
    void registrationChecked() throws Exception {
        HttpResponse<String> privateWithoutUser = register("[0]", "[0,1,2]");
        HttpResponse<String> unknown = register("[0,1,7]", "[0,1,2]");

        assertThat(privateWithoutUser.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(privateWithoutUser.body()).path("code").asInt()).isEqualTo(50035);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(discord.violations()).hasSize(2);
        discord.violations().forEach(v -> assertThat(v).contains("50035"));
    }

    @Test
    @DisplayName("a user-install interaction is offered only where the registered command allows it")
    void offeredOnlyWhereRegistered() throws Exception {
        UserInstallPayloads payloads = new UserInstallPayloads(discord);
        assertThatThrownBy(() -> payloads.slashCommand(UMA, "new", UserInstallPayloads.Where.GROUP_DM))
                .hasMessageContaining("never registered");

        assertThat(register("[0]", "[0,1]").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> payloads.slashCommand(UMA, "new", UserInstallPayloads.Where.BOT_DM))
                .hasMessageContaining("would not offer");

        assertThat(register("[0,1]", "[0,1,2]").statusCode()).isEqualTo(200);
        JsonNode command = payloads.slashCommand(UMA, "new", UserInstallPayloads.Where.DM_WITH_FRIEND);
        assertThat(command.path("context").asInt()).isEqualTo(2);
        assertThat(command.has("guild_id")).isFalse();
        assertThat(command.path("authorizing_integration_owners").path("1").asText()).isEqualTo(UMA);
        assertThat(command.path("app_permissions").asText()).isEqualTo("180224");
        assertThat(discord.violations()).isEmpty();
    }

    @Test
    @DisplayName("the bot cannot post in a DM between other people (50001), nor send a 6th follow-up there (40094)")
    void privateChannelsAndFollowUps() throws Exception {
        register("[0,1]", "[0,1,2]");
        JsonNode command = new UserInstallPayloads(discord).slashCommand(UMA, "new",
                UserInstallPayloads.Where.DM_WITH_FRIEND);

        HttpResponse<String> posted = call("POST", "channels/" + command.path("channel_id").asText() + "/messages",
                "{\"content\":\"hi\"}");
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(posted.body()).path("code").asInt()).isEqualTo(50001);

        String followUp = "webhooks/" + FakeDiscord.APP_ID + "/" + command.path("token").asText();
        for (int i = 0; i < 5; i++) {
            assertThat(call("POST", followUp, "{\"content\":\"part\"}").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> sixth = call("POST", followUp, "{\"content\":\"part\"}");
        assertThat(JSON.readTree(sixth.body()).path("code").asInt()).isEqualTo(40094);
        assertThat(discord.violations()).hasSize(2);
    }

    @Test
    @DisplayName("a DM reaches a user who added the app to their account; without it and no shared server, 50278")
    void dmsToUserInstalls() throws Exception {
        String dm = "channels/" + FakeDiscord.dmChannelOf(UMA) + "/messages";
        discord.installs().addToAccount(UMA);
        assertThat(call("POST", dm, "{\"content\":\"a reminder\"}").statusCode()).isEqualTo(200);

        discord.installs().removeFromAccount(UMA);
        HttpResponse<String> refused = call("POST", dm, "{\"content\":\"a reminder\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).path("code").asInt()).isEqualTo(50278);
        assertThat(discord.violations()).as("Discord's normal answer").isEmpty();
    }
}
