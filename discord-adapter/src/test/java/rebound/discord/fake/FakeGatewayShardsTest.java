package rebound.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fake gateway shards as Discord's does, seen from a bare websocket client (no JDA), so the
 * close codes themselves are checked: 4010 for an invalid shard, 4011 when sharding is required.
 */
@DisplayName("The fake Discord's gateway is sharded as Discord's is")
class FakeGatewayShardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private FakeDiscord discord;
    private Payloads payloads;

    @BeforeEach
    void start() throws Exception {
        discord = new FakeDiscord();
        payloads = new Payloads(discord);
    }

    @AfterEach
    void stop() throws Exception {
        discord.close();
    }

    @Test
    @DisplayName("closes an IDENTIFY whose shard id is not below its total with 4010")
    void shardIdBeyondTotal() throws Exception {
        assertThat(Client.identify(discord, "[4,4]").closeCode()).isEqualTo(FakeGateway.INVALID_SHARD);
        assertThat(Client.identify(discord, "[-1,4]").closeCode()).isEqualTo(FakeGateway.INVALID_SHARD);
        assertThat(Client.identify(discord, "[0,0]").closeCode()).isEqualTo(FakeGateway.INVALID_SHARD);
        assertThat(discord.gateway().identifies()).isZero();
        assertThat(discord.gateway().refusals()).containsExactly(4010, 4010, 4010);
    }

    @Test
    @DisplayName("closes an IDENTIFY with 4010 when its total differs from the connected shards', unsharded included")
    void otherTotal() throws Exception {
        Client first = Client.identify(discord, "[0,4]");
        assertThat(first.ready().path("d").path("shard").toString()).isEqualTo("[0,4]");

        assertThat(Client.identify(discord, "[1,3]").closeCode()).isEqualTo(FakeGateway.INVALID_SHARD);
        assertThat(Client.identify(discord, null).closeCode()).isEqualTo(FakeGateway.INVALID_SHARD);
        assertThat(Client.identify(discord, "[1,4]").ready().path("t").asText()).isEqualTo("READY");
        assertThat(discord.gateway().identifies()).isEqualTo(2);
    }

    @Test
    @DisplayName("closes with 4011 an IDENTIFY with fewer shards than the bot needs, and /gateway/bot recommends them")
    void shardingRequired() throws Exception {
        assertThat(gatewayBot().path("shards").asInt()).isEqualTo(1);
        discord.requireShards(2);

        assertThat(Client.identify(discord, null).closeCode()).isEqualTo(FakeGateway.SHARDING_REQUIRED);
        assertThat(Client.identify(discord, "[0,1]").closeCode()).isEqualTo(FakeGateway.SHARDING_REQUIRED);
        assertThat(gatewayBot().path("shards").asInt()).isEqualTo(2);
        assertThat(gatewayBot().path("url").asText()).isEqualTo(discord.gatewayUrl());
        assertThat(gatewayBot().path("session_start_limit").path("max_concurrency").asInt()).isEqualTo(1);
        assertThat(Client.identify(discord, "[1,2]").ready().path("t").asText()).isEqualTo("READY");
    }

    @Test
    @DisplayName("sends a server's events to shard (guild_id >> 22) % total and DMs to shard 0 only")
    void routing() throws Exception {
        Client zero = Client.identify(discord, "[0,2]");
        Client one = Client.identify(discord, "[1,2]");
        zero.ready();
        one.ready();

        discord.gateway().dispatch("INTERACTION_CREATE",
                payloads.slashCommand("100000000000000011", "help", Payloads.guildOnShard(1, 2)));
        discord.gateway().dispatch("MESSAGE_CREATE", payloads.directMessage("100000000000000011", "hi"));
        discord.gateway().dispatch("INTERACTION_CREATE", payloads.slashCommand("100000000000000011", "help", false));

        assertThat(one.next().path("t").asText()).isEqualTo("INTERACTION_CREATE");
        assertThat(zero.next().path("t").asText()).isEqualTo("MESSAGE_CREATE");
        assertThat(zero.next().path("t").asText()).isEqualTo("INTERACTION_CREATE");
        assertThat(one.frames.poll(300, TimeUnit.MILLISECONDS)).as("nothing more on shard 1").isNull();
        assertThat(zero.frames.poll(0, TimeUnit.MILLISECONDS)).as("nothing more on shard 0").isNull();
    }

    @Test
    @DisplayName("refuses to dispatch to a shard no client runs, as Discord would hold the event")
    void noSessionForShard() throws Exception {
        Client.identify(discord, "[1,2]").ready();
        assertThatThrownBy(() -> discord.gateway().dispatch("MESSAGE_CREATE",
                payloads.directMessage("100000000000000011", "hi"))).hasMessageContaining("shard 0");
        assertThat(Payloads.guildOnShard(3, 4)).satisfies(id -> assertThat((Long.parseLong(id) >> 22) % 4).isEqualTo(3));
    }

    private JsonNode gatewayBot() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(discord.restUrl() + "gateway/bot")).header("Authorization", "Bot " + FakeDiscord.TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A bare gateway client: reads HELLO, sends IDENTIFY, keeps the frames and the close code. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        static Client identify(FakeDiscord discord, String shard) throws Exception {
            Client client = new Client();
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(discord.gatewayUrl()), client).get(5, TimeUnit.SECONDS);
            assertThat(client.next().path("op").asInt()).as("HELLO").isEqualTo(10);
            String identify = "{\"op\":2,\"d\":{\"token\":\"" + FakeDiscord.TOKEN + "\",\"intents\":4096,"
                    + "\"properties\":{\"os\":\"linux\",\"browser\":\"test\",\"device\":\"test\"}"
                    + (shard == null ? "" : ",\"shard\":" + shard) + "}}";
            socket.sendText(identify, true).get(5, TimeUnit.SECONDS);
            return client;
        }

        JsonNode next() throws InterruptedException {
            JsonNode frame = frames.poll(5, TimeUnit.SECONDS);
            assertThat(frame).as("a frame within 5 s").isNotNull();
            return frame;
        }

        JsonNode ready() throws InterruptedException {
            JsonNode frame = next();
            assertThat(frame.path("t").asText()).isEqualTo("READY");
            return frame;
        }

        int closeCode() throws Exception {
            return closed.get(5, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    frames.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
