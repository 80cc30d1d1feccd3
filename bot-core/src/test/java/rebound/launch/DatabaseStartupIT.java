package rebound.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.launch.StartupFailures.assertOneLine;
import static rebound.launch.StartupFailures.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.TestPostgres;

@DisplayName("The packaged terminal front door on PostgreSQL (REBOUND_DATABASE_URL)")
class DatabaseStartupIT {

    private static final Path JAR = Path.of(System.getProperty("rebound.app.jar"));

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    @TempDir
    Path dir;

    @Test
    @DisplayName("a URL that is not a PostgreSQL JDBC URL is one line and exit code 2")
    void notPostgres() throws Exception {
        assertOneLine(run(JAR, Map.of("REBOUND_DATABASE_URL", "postgres://127.0.0.1/rebound"), "--jsonl"),
                "REBOUND_DATABASE_URL", "jdbc:postgresql://");
    }

    @Test
    @DisplayName("a database that cannot be reached is one line and exit code 2, and the password is not in it")
    void unreachable() throws Exception {
        StartupFailures.Ended ended = run(JAR, Map.of("REBOUND_DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:1/rebound?password=hunter2", "REBOUND_DATABASE_USER", "rebound"), "--jsonl");
        assertOneLine(ended, "cannot use the database", "127.0.0.1:1", "REBOUND_DATABASE_URL");
        assertThat(ended.stderr()).doesNotContain("hunter2");
    }

    @Test
    @DisplayName("--database names the database as REBOUND_DATABASE_URL does, and is refused the same way")
    void option() throws Exception {
        assertOneLine(run(JAR, Map.of(), "--jsonl", "--database", "jdbc:postgresql://127.0.0.1:1/rebound"),
                "cannot use the database", "127.0.0.1:1");
    }

    @Test
    @DisplayName("with a database, state is in it and not in the data directory: a second process continues the member")
    void sharedState() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        Map<String, String> env = Map.of("REBOUND_DATABASE_URL", database.url(), "REBOUND_DATABASE_USER",
                database.user(), "REBOUND_DATA", dir.resolve("data").toString(),
                "REBOUND_KEY_DIR", dir.resolve("keys").toString());
        String first = jsonLines(env, "{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"new\",\"id\":\"d1\"}",
                "{\"member\":\"alice\",\"text\":\"Acme Robotics\",\"id\":\"d2\"}");
        assertThat(first).contains("\"end\":2");
        String second = jsonLines(env, "{\"member\":\"alice\",\"text\":\"Acme Robotics\",\"id\":\"d2\"}",
                "{\"member\":\"alice\",\"text\":\"Product Designer\",\"id\":\"d3\"}");
        assertThat(second).as("the retried d2 changes nothing; the next answer is the role's")
                .contains("Acme Robotics").contains("\"step\":\"stage\"");
        assertThat(dir.resolve("data")).doesNotExist();
        try (var keys = Files.walk(dir.resolve("keys"))) {
            assertThat(keys.filter(file -> file.toString().endsWith(".key"))).as("alice's key, apart from the database")
                    .hasSize(1);
        }
    }

    @Test
    @DisplayName("an instance given another key folder (REBOUND_KEY_DIR) than the database's is one line and exit code 2")
    void anotherKeyFolder() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        Map<String, String> env = Map.of("REBOUND_DATABASE_URL", database.url(), "REBOUND_DATABASE_USER",
                database.user(), "REBOUND_KEY_DIR", dir.resolve("keys").toString());
        assertThat(jsonLines(env, "{\"member\":\"alice\",\"command\":\"rejected\",\"args\":\"new\",\"id\":\"d1\"}"))
                .contains("\"end\":1");
        assertOneLine(run(JAR, Map.of("REBOUND_DATABASE_URL", database.url(), "REBOUND_DATABASE_USER", database.user(),
                "REBOUND_KEY_DIR", dir.resolve("other-keys").toString()), "--jsonl"), "REBOUND_KEY_DIR", "another folder");
    }

    private String jsonLines(Map<String, String> env, String... lines) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--jsonl").redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().keySet().removeIf(k -> k.startsWith("REBOUND_"));
        builder.environment().putAll(env);
        Path input = Files.write(dir.resolve("in-" + System.nanoTime()), List.of(lines), StandardCharsets.UTF_8);
        Process process = builder.redirectInput(input.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits at the end of its input").isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", out).isZero();
        return out;
    }
}
