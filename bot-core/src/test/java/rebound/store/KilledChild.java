package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** Runs a child JVM that prints {@code committed <member> <id>} per durable turn, and kills it with SIGKILL. */
final class KilledChild {

    private KilledChild() {
    }

    /**
     * Starts {@code main} with {@code dir} and {@code run}, waits until it reported {@code turnsBeforeKill}
     * committed turns (at most 60 s), kills it, and returns every {@code committed} line it printed.
     */
    static List<String> runAndKill(Class<?> main, Path dir, String run, int turnsBeforeKill) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName(), dir.toString(), run)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> reported = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.matches("committed \\S+ \\S+")) {
                        reported.add(line);
                    }
                }
            } catch (IOException e) {
                // the pipe closes when the child is killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reported.size() < turnsBeforeKill && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(child.isAlive()).as("child still running when killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
        child.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return new ArrayList<>(reported);
    }
}
