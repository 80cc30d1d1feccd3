package rebound.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compose file as podman-compose reads it ({@code --dry-run}: the podman commands it would run,
 * nothing started): Rebound with PostgreSQL and its keys volume, or alone on MapDB with its data
 * volume, every variable resolved and each health check the image's own.
 */
@DisplayName("compose.yaml")
class ComposeFileIT {

    private final String project = "rebound-check-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void tools() throws IOException {
        boolean installed = Podman.run(Duration.ofSeconds(30), List.of("sh", "-c", "command -v podman-compose")).ok();
        assumeTrue(installed || System.getenv("CI") != null,
                "podman-compose is not installed (apt-get install podman-compose); CI installs it");
    }

    @AfterEach
    void clean() throws IOException {
        // podman-compose creates the project's volumes and network even in a dry run
        Podman.run(Duration.ofMinutes(1), List.of("sh", "-c", "podman volume ls -q | grep '^" + project
                + "_' | xargs -r podman volume rm -f; podman network rm -f " + project + "_default"));
    }

    private List<String> runs(String... services) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "SLACK_BOT_TOKEN=xoxb-compose", "SLACK_SIGNING_SECRET=s",
                "REBOUND_DATABASE_PASSWORD=pw", "podman-compose", "-p", project, "-f",
                Path.of(System.getProperty("rebound.repository"), "compose.yaml").toString(), "--dry-run", "up", "-d"));
        command.addAll(List.of(services));
        Podman.Result result = Podman.run(Duration.ofMinutes(2), command);
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output().lines().filter(l -> l.startsWith("podman run")).toList();
    }

    private static String of(List<String> runs, String service) {
        return runs.stream().filter(r -> r.contains("com.docker.compose.service=" + service + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no container for " + service + " in " + runs));
    }

    @Test
    @DisplayName("with PostgreSQL: the database's address and password, the keys volume, the health check")
    void withPostgres() throws IOException {
        List<String> runs = runs("postgres", "rebound");
        String rebound = of(runs, "rebound");
        assertThat(rebound).contains("-e REBOUND_DATABASE_URL=jdbc:postgresql://postgres:5432/rebound",
                "-e REBOUND_DATABASE_PASSWORD=pw", "-e SLACK_BOT_TOKEN", "_keys:/keys", "-p 3000:3000")
                .containsPattern("--healthcheck-command (/bin/sh -c )?/opt/rebound/bin/health").doesNotContain("${", ":/data");
        assertThat(of(runs, "postgres")).contains("POSTGRES_PASSWORD=pw", "_database:/var/lib/postgresql/data");
    }

    @Test
    @DisplayName("alone on MapDB: its data volume, no database")
    void alone() throws IOException {
        String rebound = of(runs("rebound-mapdb"), "rebound-mapdb");
        assertThat(rebound).contains("_data:/data", "-e SLACK_BOT_TOKEN")
                .containsPattern("--healthcheck-command (/bin/sh -c )?/opt/rebound/bin/health")
                .doesNotContain("${", "REBOUND_DATABASE_URL");
    }
}
