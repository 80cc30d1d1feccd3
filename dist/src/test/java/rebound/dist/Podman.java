package rebound.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Podman as this machine runs it (no Docker engine here): runc with cgroupfs, and container limits
 * the sandbox allows. Every command has a time limit; its output comes back as text.
 */
final class Podman {

    /** Global options: crun fails in this sandbox, runc works; no systemd to manage cgroups. */
    private static final List<String> GLOBAL = List.of("--runtime", "runc", "--cgroup-manager=cgroupfs");
    /** The limits a container may have here. */
    static final List<String> LIMITS = List.of("--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024");

    private Podman() {
    }

    /** What a command printed and how it ended. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** True when podman is on the PATH and answers. */
    static boolean available() {
        try {
            return run(Duration.ofSeconds(30), List.of("podman", "--version")).ok();
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs {@code podman <global options> args...}, failing the test past {@code limit}. */
    static Result podman(Duration limit, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(GLOBAL);
        command.addAll(List.of(args));
        return run(limit, command);
    }

    /** Like {@link #podman} but fails the test unless the command succeeds. */
    static String ok(Duration limit, String... args) throws IOException {
        Result result = podman(limit, args);
        assertThat(result.exitCode()).as("podman %s:\n%s", String.join(" ", args), result.output()).isZero();
        return result.output().strip();
    }

    /** Runs any command with its output (stdout and stderr together) in a file, within {@code limit}. */
    static Result run(Duration limit, List<String> command) throws IOException {
        Path output = Files.createTempFile("rebound-podman", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            boolean ended;
            try {
                ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IOException("interrupted: " + command, e);
            }
            if (!ended) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " took longer than " + limit + ":\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
