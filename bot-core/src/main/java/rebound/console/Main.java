package rebound.console;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Member;
import rebound.launch.Launch;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookException;
import rebound.playbook.PlaybookSource;
import rebound.store.Compaction;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.Migration;
import rebound.store.postgres.PostgresMemberStore;

/**
 * {@code rebound} with no platform: the terminal chat, the JSON-lines front door, and the offline
 * tools (compaction, playbook check, migration between a data directory and PostgreSQL). Arguments are read by picocli; broken start-up input is one
 * line and exit code {@link Launch#CANNOT_START}, as on every front door.
 */
@Command(name = "rebound", sortOptions = false, usageHelpAutoWidth = true,
        description = "Chat in this terminal (or JSON lines with --jsonl). "
                + "Environment: REBOUND_DATA (data directory, default ./data), REBOUND_PLAYBOOK_DIR, "
                + "REBOUND_DATABASE_URL/_USER/_PASSWORD (state in PostgreSQL instead of the data directory), "
                + "REBOUND_KEY_DIR (the members' keys of that database; default DATA/database-keys).",
        subcommands = {Main.CheckPlaybook.class, Main.Compact.class, Main.Migrate.class, HelpCommand.class})
public final class Main implements Callable<Integer> {

    static final String NAME = "rebound";

    @Option(names = "--jsonl", description = "JSON lines on stdin/stdout, for scripts (see README)")
    boolean jsonl;
    @Option(names = "--data", paramLabel = "DIR", description = "the data directory (overrides REBOUND_DATA)")
    Path data;
    @Option(names = "--playbook", paramLabel = "DIR", description = "a playbook folder (overrides REBOUND_PLAYBOOK_DIR)")
    Path playbook;
    @Option(names = "--database", paramLabel = "URL", description = "keep state in PostgreSQL at this "
            + "jdbc:postgresql://host:port/database URL (overrides REBOUND_DATABASE_URL; credentials from "
            + "REBOUND_DATABASE_USER and REBOUND_DATABASE_PASSWORD)")
    String database;
    @Option(names = "--keys", paramLabel = "DIR", description = "the folder of the members' keys when state is in"
            + " PostgreSQL, the same for every instance (overrides REBOUND_KEY_DIR; default DATA/database-keys)")
    Path keys;
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this help")
    boolean help;

    private PrintStream out;
    private PrintStream err;

    public static void main(String[] args) {
        Launch.utf8Output();
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line; returns the exit code. Broken start-up input (data directory, playbook,
     * variables) is one line on {@code err} and {@link Launch#CANNOT_START}, as on every front door;
     * an unknown option prints the usage and also returns {@link Launch#CANNOT_START}.
     */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine line = new CommandLine(main)
                .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println(NAME + ": " + Launch.oneLine(e));
                    return Launch.exitCodeOf(e);
                });
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return Launch.CANNOT_START;
        });
        return line.execute(arguments);
    }

    /** Settings from the environment, with --data, --database, --keys and --playbook on top. */
    Settings settings() {
        Settings settings = Launch.settings(System.getenv());
        settings = data != null ? settings.withDataDir(data) : settings;
        settings = keys != null ? settings.withKeyDir(keys) : settings;
        settings = database != null ? settings.withDatabase(Settings.database(System.getenv(), database)) : settings;
        return playbook != null ? settings.withPlaybookDir(playbook) : settings;
    }

    @Override
    public Integer call() {
        return jsonl ? jsonLines(settings(), out) : chat(settings(), out);
    }

    /** {@code rebound check-playbook DIR}: lists every problem with its file and line. */
    @Command(name = "check-playbook", description = "check a playbook folder and list every problem")
    static final class CheckPlaybook implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "the folder (default: REBOUND_PLAYBOOK_DIR)")
        Path folder;

        @Override
        public Integer call() {
            return checkPlaybook(folder != null ? folder : main.settings().playbookDir(), main.out, main.err);
        }
    }

    /** {@code rebound compact --data DIR}: shrinks the data file, the bot stopped. */
    @Command(name = "compact", description = "shrink the data file (bot stopped; keeps a backup)")
    static final class Compact implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Option(names = "--data", paramLabel = "DIR", description = "the data directory (overrides REBOUND_DATA)")
        Path data;

        @Override
        public Integer call() {
            Settings settings = main.settings();
            return compact(data != null ? settings.withDataDir(data) : settings, main.out);
        }
    }

    /** {@code rebound migrate --from DIR|URL --to DIR|URL}: copies every member, then checks each copy. */
    @Command(name = "migrate", description = "copy every member from a data directory to a PostgreSQL database or back"
            + " (bots stopped; the target must be empty), then check that each reads back the same")
    static final class Migrate implements Callable<Integer> {
        @ParentCommand
        Main main;
        @Option(names = "--from", required = true, paramLabel = "DIR|URL",
                description = "a data directory, or a jdbc:postgresql:// URL (credentials from REBOUND_DATABASE_USER"
                        + " and REBOUND_DATABASE_PASSWORD)")
        String from;
        @Option(names = "--to", required = true, paramLabel = "DIR|URL", description = "the same, to copy into")
        String to;
        @Option(names = "--keys", paramLabel = "DIR", description = "the folder of the database's members' keys"
                + " (overrides REBOUND_KEY_DIR; default DATA/database-keys)")
        Path keys;

        @Override
        public Integer call() {
            return migrate(from, to, keys != null ? keys : main.settings().keyFolder(), main.out, main.err);
        }
    }

    private static int migrate(String from, String to, Path keys, PrintStream out, PrintStream err) {
        try (MemberStore source = storeAt(from, true, keys); MemberStore target = storeAt(to, false, keys)) {
            Migration.Result result;
            try {
                result = Migration.copy(source, target);
            } catch (IllegalArgumentException e) {
                throw new Launch.CannotStart(e.getMessage(), e);
            }
            out.printf("Copied %s from %s to %s.%n", result.copied() == 1 ? "1 member" : result.copied() + " members",
                    shown(from), shown(to));
            if (!result.unreadable().isEmpty()) {
                err.println("Left out " + result.unreadable().size() + " members whose record cannot be read: "
                        + String.join(", ", result.unreadable()));
            }
            if (!result.whole()) {
                err.println(result.different().size() + " members do not read back the same from the target: "
                        + String.join(", ", result.different()));
                return Launch.FAILED;
            }
            out.printf("Checked: %s reads back from the target as it is in the source.%n",
                    result.copied() == 1 ? "the member" : "each of the " + result.copied() + " members");
            if (DatabaseAddress.isDatabaseUrl(to)) {
                out.printf("The members' keys are in %s: give every instance on that database this folder (%s).%n",
                        keys.toAbsolutePath().normalize(), Settings.KEY_DIR);
            }
            return result.unreadable().isEmpty() ? 0 : Launch.FAILED;
        }
    }

    /**
     * The store at {@code where}: a PostgreSQL URL (its members' keys in {@code keys}), or a data
     * directory (a source must hold a data file).
     */
    private static MemberStore storeAt(String where, boolean source, Path keys) {
        if (DatabaseAddress.isDatabaseUrl(where)) {
            return PostgresMemberStore.open(Settings.database(System.getenv(), where), keys);
        }
        Path dir = Path.of(where);
        if (source && !Files.isRegularFile(dir.resolve(MapDbMemberStore.FILE))) {
            throw new Launch.CannotStart("there is no Rebound data file (" + MapDbMemberStore.FILE + ") in " + where
                    + " to migrate from");
        }
        return MapDbMemberStore.open(dir);
    }

    private static String shown(String where) {
        return DatabaseAddress.isDatabaseUrl(where) ? new DatabaseAddress(where, null, null).shown() : where;
    }

    private static int chat(Settings settings, PrintStream out) {
        Member member = new Member("console:" + System.getProperty("user.name", "me"));
        try (Rebound bot = Rebound.open(settings)) {
            new ConsoleChat(bot, member, out, System.console() != null && System.getenv("NO_COLOR") == null,
                    ConsoleChat.filesNextTo(settings.dataDir()), java.time.ZoneId.systemDefault()).run(stdin());
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
