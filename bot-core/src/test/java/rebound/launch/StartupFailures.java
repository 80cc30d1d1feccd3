package rebound.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a packaged app jar as a user would and checks how it refuses broken start-up input: exit
 * code 2 and exactly one line on stderr, never a stack trace. Shared with the adapters' ITs
 * through bot-core's test jar, so every front door is held to the same check.
 */
public final class StartupFailures {

    private StartupFailures() {
    }

    /** What a finished process printed and returned. */
    public record Ended(int code, String stderr) {
    }

    /** Runs {@code java -jar jar args} with exactly {@code env} added (bounded to 60 s). */
    public static Ended run(Path jar, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("DISCORD_")
                || k.startsWith("REBOUND_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s");
        }
        return new Ended(process.exitValue(), new String(err, StandardCharsets.UTF_8));
    }

    /** Asserts exit code 2 and one line on stderr that contains every one of {@code words}. */
    public static void assertOneLine(Ended ended, String... words) {
        assertThat(ended.stderr()).as("stderr").doesNotContain("\tat ", "Exception in thread");
        assertThat(ended.stderr().strip().lines()).as("stderr: %s", ended.stderr()).hasSize(1);
        assertThat(ended.stderr()).contains(words);
        assertThat(ended.code()).as("exit code; stderr: %s", ended.stderr()).isEqualTo(Launch.CANNOT_START);
    }

    /** A playbook folder whose {@code words.txt} cannot be read. */
    public static Path brokenPlaybook(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("words.txt"), "this is not a playbook line [\n");
        return dir;
    }
}
