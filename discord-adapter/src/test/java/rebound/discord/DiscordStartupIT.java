package rebound.discord;

import static rebound.launch.StartupFailures.assertOneLine;
import static rebound.launch.StartupFailures.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.launch.StartupFailures;
import rebound.store.MapDbMemberStore;

@DisplayName("The packaged Discord bot refuses broken start-up input on one line, exit code 2")
class DiscordStartupIT {

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));

    @TempDir
    Path dir;

    /** A whole environment; the REST address is unreachable, which start-up finds only last. */
    private Map<String, String> env(String... overrides) {
        Map<String, String> env = new HashMap<>(Map.of("DISCORD_TOKEN", "x",
                "DISCORD_REST_URL", "http://127.0.0.1:9/api/v10/", "REBOUND_DATA", dir.resolve("data").toString()));
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                env.remove(overrides[i]);
            } else {
                env.put(overrides[i], overrides[i + 1]);
            }
        }
        return env;
    }

    @Test
    @DisplayName("Discord unreachable at login (the issue's reproduction), no JDA stack trace")
    void unreachable() throws Exception {
        assertOneLine(run(JAR, env()), "cannot reach Discord", "DISCORD_REST_URL");
    }

    @Test
    @DisplayName("a missing DISCORD_TOKEN, a malformed DISCORD_GUILD_ID or DISCORD_REST_URL")
    void variables() throws Exception {
        assertOneLine(run(JAR, env("DISCORD_TOKEN", null)), "DISCORD_TOKEN");
        assertOneLine(run(JAR, env("DISCORD_GUILD_ID", "my-server")), "DISCORD_GUILD_ID");
        assertOneLine(run(JAR, env("DISCORD_REST_URL", "discord.com")), "DISCORD_REST_URL");
    }

    @Test
    @DisplayName("DISCORD_SHARDS without DISCORD_SHARD_TOTAL, a shard outside 0..total-1, a malformed list or total")
    void shards() throws Exception {
        assertOneLine(run(JAR, env("DISCORD_SHARDS", "0-1")), "DISCORD_SHARD_TOTAL", "is not");
        assertOneLine(run(JAR, env("DISCORD_SHARDS", "2-4", "DISCORD_SHARD_TOTAL", "4")), "DISCORD_SHARDS",
                "shard 4", "0 to 3");
        assertOneLine(run(JAR, env("DISCORD_SHARDS", "0;1", "DISCORD_SHARD_TOTAL", "4")), "DISCORD_SHARDS", "0;1");
        assertOneLine(run(JAR, env("DISCORD_SHARDS", "0", "DISCORD_SHARD_TOTAL", "many")), "DISCORD_SHARD_TOTAL");
        // part of the shards on this instance's own data directory would split members across instances
        assertOneLine(run(JAR, env("DISCORD_SHARDS", "2-3", "DISCORD_SHARD_TOTAL", "4")), "DISCORD_SHARDS",
                "REBOUND_DATABASE_URL");
    }

    @Test
    @DisplayName("a broken playbook folder, a data directory in use, one that is a file or cannot be created")
    void playbookAndData() throws Exception {
        Path playbook = StartupFailures.brokenPlaybook(dir.resolve("playbook"));
        assertOneLine(run(JAR, env("REBOUND_PLAYBOOK_DIR", playbook.toString())), "playbook", "words.txt:1");
        Path data = dir.resolve("data");
        try (MapDbMemberStore held = MapDbMemberStore.open(data)) {
            assertOneLine(run(JAR, env()), "in use");
        }
        Path file = Files.writeString(dir.resolve("file"), "not a folder");
        assertOneLine(run(JAR, env("REBOUND_DATA", file.toString())), "data directory");
        assertOneLine(run(JAR, env("REBOUND_DATA", file.resolve("below").toString())), "data directory");
    }

    @Test
    @DisplayName("a PostgreSQL database (REBOUND_DATABASE_URL) that cannot be reached, or a URL that is not one")
    void database() throws Exception {
        assertOneLine(run(JAR, env("REBOUND_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/rebound")),
                "cannot use the database", "REBOUND_DATABASE_URL");
        assertOneLine(run(JAR, env("REBOUND_DATABASE_URL", "mysql://127.0.0.1/rebound")), "REBOUND_DATABASE_URL",
                "jdbc:postgresql://");
    }
}
