package rebound.discord.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.DiscordSettings;
import rebound.discord.fake.Payloads;
import rebound.launch.Launch;

@DisplayName("DISCORD_SHARDS of DISCORD_SHARD_TOTAL")
class ShardsTest {

    @Test
    @DisplayName("both unset: no sharding, one connection as before")
    void unset() {
        assertThat(Shards.parse(null, null)).isNull();
        assertThat(Shards.parse(" ", "")).isNull();
        assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "x")).shards()).isNull();
    }

    @Test
    @DisplayName("reads a range, a list, a single shard, and the total alone as every shard")
    void lists() {
        assertThat(Shards.parse("0-1", "4")).isEqualTo(new Shards(List.of(0, 1), 4));
        assertThat(Shards.parse("2,3", "4").ids()).containsExactly(2, 3);
        assertThat(Shards.parse(" 3 , 0-1 ", "4").ids()).containsExactly(0, 1, 3);
        assertThat(Shards.parse("0", "1").ids()).containsExactly(0);
        assertThat(Shards.parse(null, "3").ids()).containsExactly(0, 1, 2);
        assertThat(Shards.parse("0-1,3", "4")).hasToString("shards 0-1,3 of 4");
        assertThat(DiscordSettings.fromEnvironment(Map.of("DISCORD_TOKEN", "x", "DISCORD_SHARDS", "2-3",
                "DISCORD_SHARD_TOTAL", "4")).shards()).isEqualTo(new Shards(List.of(2, 3), 4));
    }

    @Test
    @DisplayName("refuses, naming the variable: shards without a total, an id outside 0..total-1, a malformed list")
    void refusals() {
        assertRefused("0-1", null, "DISCORD_SHARD_TOTAL is not");
        assertRefused("4", "4", "shard 4", "0 to 3");
        assertRefused("2-5", "4", "shard 5");
        assertRefused("-1", "4", "DISCORD_SHARDS must list");
        assertRefused("one", "4", "DISCORD_SHARDS must list");
        assertRefused("0,,1", "4", "DISCORD_SHARDS must list");
        assertRefused("0-1-2", "4", "DISCORD_SHARDS must list");
        assertRefused("3-2", "4", "backwards");
        assertRefused("0-1,1", "4", "shard 1 twice");
        assertRefused("0", "0", "DISCORD_SHARD_TOTAL must be");
        assertRefused("0", "four", "DISCORD_SHARD_TOTAL must be");
        assertRefused("0", "-4", "DISCORD_SHARD_TOTAL must be");
        assertRefused(null, "99999", "DISCORD_SHARD_TOTAL must be");
    }

    @Test
    @DisplayName("a server's events belong to shard (id >> 22) % total, and /rejected is registered by one instance")
    void serversAndCommands() {
        Shards low = Shards.parse("0-1", "4");
        Shards high = Shards.parse("2-3", "4");
        String onThree = Payloads.guildOnShard(3, 4);
        assertThat(high.shardOf(Long.parseLong(onThree))).isEqualTo(3);
        // globally: the instance running shard 0; for one server: the instance running its shard
        assertThat(List.of(low.registersCommands(null), high.registersCommands(null))).containsExactly(true, false);
        assertThat(List.of(low.registersCommands(onThree), high.registersCommands(onThree)))
                .containsExactly(false, true);
    }

    private static void assertRefused(String list, String total, String... words) {
        assertThatThrownBy(() -> Shards.parse(list, total)).isInstanceOf(Launch.CannotStart.class)
                .hasMessageContainingAll(words).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
