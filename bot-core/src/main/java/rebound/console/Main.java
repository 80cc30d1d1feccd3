package rebound.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.frontdoor.DoorWords;
import rebound.launch.Launch;
import rebound.Settings;
import rebound.playbook.PlaybookBundle;
import rebound.script.PlaybookSource;
import rebound.script.PlaybookException;
import rebound.store.Compaction;

/**
 * {@code rebound} with no platform: the terminal chat, the JSON-lines front door, and the offline
 * tools (compaction, playbook check).
 */
public final class Main {

    static final String NAME = "rebound";

    static final String USAGE = """
            Usage:
              rebound [--data DIR] [--playbook DIR]            chat in this terminal
              rebound --jsonl [--data DIR] [--playbook DIR]    JSON lines on stdin/stdout
              rebound check-playbook DIR                       check a playbook folder and list every problem
              rebound compact --data DIR                       shrink the data file (bot stopped; keeps a backup)
            Environment: REBOUND_DATA (data directory, default ./data), REBOUND_PLAYBOOK_DIR.""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line; returns the exit code. Broken start-up input (data directory, playbook,
     * variables) is one line on {@code err} and {@link Launch#CANNOT_START}, as on every front door.
     */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        return Launch.run(NAME, err, () -> command(arguments, out, err));
    }

    private static int command(String[] arguments, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(List.of(arguments));
        Settings settings = Launch.settings(System.getenv());
        boolean jsonl = args.remove("--jsonl");
        String command = args.isEmpty() || args.get(0).startsWith("--") ? "chat" : args.remove(0);
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if ((flag.equals("--data") || flag.equals("--playbook")) && i + 1 < args.size()) {
                Path value = Path.of(args.get(++i));
                settings = flag.equals("--data") ? settings.withDataDir(value) : settings.withPlaybookDir(value);
            } else if (!command.equals("check-playbook") || i > 0) {
                err.println("Unknown or incomplete option '" + flag + "'.\n" + USAGE);
                return Launch.CANNOT_START;
            }
        }
        return switch (command) {
            case "chat" -> jsonl ? jsonLines(settings, out) : chat(settings, out);
            case "compact" -> compact(settings, out);
            case "check-playbook" -> checkPlaybook(args.isEmpty() ? settings.playbookDir()
                    : Path.of(args.get(0)), out, err);
            case "help", "--help" -> {
                out.println(USAGE);
                yield Launch.STOPPED;
            }
            default -> {
                err.println("Unknown command '" + command + "'.\n" + USAGE);
                yield Launch.CANNOT_START;
            }
        };
    }

    private static int chat(Settings settings, PrintStream out) {
        String member = "console:" + System.getProperty("user.name", "me");
        try (Rebound bot = Rebound.open(settings)) {
            new ConsoleChat(bot, member, out, System.console() != null && System.getenv("NO_COLOR") == null)
                    .run(stdin());
            return 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int jsonLines(Settings settings, PrintStream out) {
        SettableClock clock = new SettableClock();
        try (Rebound bot = Rebound.open(settings.withClock(clock))) {
            new JsonLines(bot, clock, out).run(stdin());
            return 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int compact(Settings settings, PrintStream out) {
        Compaction.Result result = Compaction.compact(settings.dataDir());
        out.printf("Compacted %d members: %,d bytes before, %,d after. The old file is kept in %s%n",
                result.members(), result.bytesBefore(), result.bytesAfter(), result.backup());
        return 0;
    }

    private static int checkPlaybook(Path folder, PrintStream out, PrintStream err) {
        if (folder == null) {
            err.println("Name the playbook folder to check: rebound check-playbook DIR");
            return 2;
        }
        PlaybookSource source = PlaybookSource.withOverrides(folder);
        List<String> problems = new ArrayList<>(PlaybookBundle.check(source).all());
        try {
            DoorWords.load(source);
        } catch (PlaybookException doorWords) {
            problems.addAll(doorWords.problems());
        }
        if (problems.isEmpty()) {
            out.println("The playbook in " + folder + " is fine.");
            return 0;
        }
        err.println("The playbook in " + folder + " has " + problems.size() + " problem(s):");
        problems.forEach(p -> err.println("  " + p));
        return 1;
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
