package rebound;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Where Rebound keeps its data, which playbook folder overrides the built-in one, and its clock. */
public record Settings(Path dataDir, Path playbookDir, Clock clock) {

    /** Environment variables other code and deployments rely on. */
    public static final String DATA = "REBOUND_DATA";
    public static final String PLAYBOOK = "REBOUND_PLAYBOOK_DIR";
    public static final Path DEFAULT_DATA = Path.of("data");

    public Settings {
        dataDir = dataDir == null ? DEFAULT_DATA : dataDir;
        clock = clock == null ? Clock.systemUTC() : clock;
    }

    public static Settings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static Settings fromEnvironment(Map<String, String> env) {
        String data = env.get(DATA);
        String playbook = env.get(PLAYBOOK);
        return new Settings(data == null || data.isBlank() ? DEFAULT_DATA : Path.of(data),
                playbook == null || playbook.isBlank() ? null : Path.of(playbook), Clock.systemUTC());
    }

    public Settings withDataDir(Path dir) {
        return new Settings(dir, playbookDir, clock);
    }

    public Settings withPlaybookDir(Path dir) {
        return new Settings(dataDir, dir, clock);
    }

    public Settings withClock(Clock newClock) {
        return new Settings(dataDir, playbookDir, newClock);
    }
}
