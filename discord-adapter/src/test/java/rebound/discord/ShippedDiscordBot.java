package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import rebound.discord.fake.FakeDiscord;

/**
 * The packaged Discord bot ({@code discord-adapter-*-app.jar}, what {@code ./rebound discord} runs)
 * as a separate process with the README's variables pointed at a fake Discord on loopback, and its
 * probes on a free port: started, waited on and stopped the same way by every process test.
 */
final class ShippedDiscordBot implements AutoCloseable {

    /** How long a process test waits for the bot to log in, answer or stop. */
    static final Duration WAIT = Duration.ofSeconds(30);

    private final Path dir;
    private final Process process;
    private final int probePort;

    private ShippedDiscordBot(Path dir, Process process, int probePort) {
        this.dir = dir;
        this.process = process;
        this.probePort = probePort;
    }

    /**
     * Starts the jar named by the {@code rebound.app.jar} property against {@code discord}, with its
     * stderr kept in {@code dir/stderr.txt}, no other {@code DISCORD_*} or {@code REBOUND_*} variable
     * than these and {@code more} (the data folder, or a database). Returns at once; wait with
     * {@link #awaitUntil}.
     */
    static ShippedDiscordBot start(Path dir, FakeDiscord discord, Map<String, String> more) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("rebound.app.jar"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("stderr.txt").toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("DISCORD_") || k.startsWith("REBOUND_"));
        Map<String, String> env = new HashMap<>(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN,
                "DISCORD_REST_URL", discord.restUrl(), "DISCORD_GATEWAY_URL", discord.gatewayUrl(),
                "REBOUND_PROBE_PORT", Integer.toString(port), "REBOUND_PROBE_BIND", "127.0.0.1"));
        env.putAll(more);
        builder.environment().putAll(env);
        return new ShippedDiscordBot(dir, builder.start(), port);
    }

    /** Waits until {@code done} holds; fails, with the bot's stderr, if the bot dies or {@link #WAIT} passes. */
    void awaitUntil(String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!done.getAsBoolean()) {
            assertThat(process.isAlive()).as("the bot runs; stderr: %s", stderr()).isTrue();
            assertThat(Instant.now()).as("%s within %s; stderr: %s", what, WAIT, stderr()).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    /** Stops it with SIGTERM, as an operator does: it must end within 30 s with exit code 0. */
    void stop() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(process.exitValue()).as("exit code of a normal stop; stderr: %s", stderr()).isZero();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The port of its probes ({@code /live}, {@code /ready}, {@code /metrics}) on 127.0.0.1. */
    int probePort() {
        return probePort;
    }

    /** What it wrote to stderr so far (its log). */
    String stderr() {
        try {
            Path file = dir.resolve("stderr.txt");
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Kills it when a test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
