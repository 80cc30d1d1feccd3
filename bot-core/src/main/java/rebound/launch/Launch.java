package rebound.launch;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Bot;
import rebound.playbook.PlaybookException;
import rebound.store.DataDirInUse;
import rebound.store.postgres.DatabaseUnusable;

/**
 * How every front door (terminal, Slack, Discord) starts and stops, so all of them answer broken
 * start-up input the same way: one line on stderr naming what to fix and exit code
 * {@link #CANNOT_START}, never a stack trace. A platform door also gets the reminder loop and an
 * orderly shutdown (reminders, then the door, then the store) from here.
 */
public final class Launch {

    /** Exit code: stopped normally. */
    public static final int STOPPED = 0;
    /** Exit code: something failed that the user cannot fix by changing the input (one line says what). */
    public static final int FAILED = 1;
    /** Exit code: start-up input to fix (a variable, a folder, the data directory, the platform at login). */
    public static final int CANNOT_START = 2;
    /** Not an exit code: the door is serving; {@link #exit(int)} waits for the shutdown then. */
    public static final int RUNNING = -1;
    /** How often a platform door checks for due follow-ups. */
    public static final Duration REMINDER_CHECK = Duration.ofMinutes(1);
    /** How long the platform may take to accept a connection at start-up before it counts as unreachable. */
    static final Duration REACH_TIMEOUT = Duration.ofSeconds(5);

    private static final CountDownLatch STOPPED_LATCH = new CountDownLatch(1);

    private Launch() {
    }

    /**
     * Makes {@code System.out} and {@code System.err} write UTF-8 whatever the locale. Input is read
     * as UTF-8 everywhere; without this, a container's {@code LC_ALL=C} turns every non-ASCII
     * character a member typed ("Zürich Bank") into {@code ?} on the way out. Call first in {@code main}.
     */
    public static void utf8Output() {
        System.setOut(utf8(FileDescriptor.out));
        System.setErr(utf8(FileDescriptor.err));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), true, StandardCharsets.UTF_8);
    }

    /**
     * Makes SIGTERM (a service manager's or a container's normal stop) end the process with
     * {@link #STOPPED}, after the shutdown hooks have closed everything, instead of the JVM's 143.
     * Where the runtime has no signal support, SIGTERM keeps its default (143).
     */
    static void stopOnTerm() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signal -> System.exit(STOPPED));
        } catch (IllegalArgumentException | LinkageError unsupported) {
            // no such signal here, or no jdk.unsupported module: the JVM's default stands
        }
    }

    /** Start-up input the user can fix; its message is the one line they read. */
    public static class CannotStart extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CannotStart(String line) {
            super(line);
        }

        public CannotStart(String line, Throwable cause) {
            super(line, cause);
        }
    }

    /**
     * What a started platform door hands back: how its reminders start (through its front door, each
     * member's in their order: {@code FrontDoor.startReminders}), what to close, what to print, and what
     * the readiness probe says of its platform now ({@link Platform}).
     */
    public record Started(Reminding reminders, AutoCloseable door, String banner, Platform platform) {

        /** A door whose platform is ready whenever it runs. */
        public Started(Reminding reminders, AutoCloseable door, String banner) {
            this(reminders, door, banner, Platform.ALWAYS);
        }

        /** A door whose platform is ready while {@code connected} says so ("not connected" otherwise). */
        public Started(Reminding reminders, AutoCloseable door, String banner, BooleanSupplier connected) {
            this(reminders, door, banner, Platform.connectedWhen(connected));
        }
    }

    /**
     * How a started door's reminder loop starts: {@code every -> frontDoor.startReminders(messenger, every)},
     * so the loop goes through the door and its members' queues (issue 19), never around it.
     */
    @FunctionalInterface
    public interface Reminding {
        /** Queues the due reminders every {@code every} until the returned handle is closed. */
        AutoCloseable start(Duration every);
    }

    /**
     * The platform's part of readiness (issue 22, "Probes on every front door"), asked at each
     * {@code GET /ready}: null when the platform connection is ready, else one short plain line an
     * operator reads after {@code platform: } (what is wrong, never an exception's text or a token).
     * It must answer quickly (a probe waits for it): slow checks run in the background.
     */
    @FunctionalInterface
    public interface Platform {
        /** Ready whenever the door runs. */
        Platform ALWAYS = () -> null;

        /** Null when ready, else one short line saying what is not. */
        String problem();

        /** Ready while {@code connected} is true; "not connected" otherwise. */
        static Platform connectedWhen(BooleanSupplier connected) {
            return () -> connected.getAsBoolean() ? null : "not connected";
        }
    }

    /**
     * The variable naming the database several instances share ({@code REBOUND_DATABASE_URL}), for a
     * platform's start-up to name when it needs one.
     */
    public static final String DATABASE_URL = Settings.DATABASE_URL;

    /** Starts a platform door over an open bot from its own configuration. */
    @FunctionalInterface
    public interface Door<C> {
        Started start(C config, Bot bot) throws Exception;
    }

    /** Work that returns an exit code and may fail at start-up (the terminal chat, a tool). */
    @FunctionalInterface
    public interface Work {
        int run() throws Exception;
    }

    /**
     * Runs {@code work}, turning every start-up failure into one line {@code "<name>: <what>"} on
     * {@code err}: {@link #CANNOT_START} for input to fix, {@link #FAILED} for anything else.
     */
    public static int run(String name, PrintStream err, Work work) {
        try {
            return work.run();
        } catch (Exception e) {
            err.println(name + ": " + oneLine(e));
            return exitCodeOf(e);
        }
    }

    /**
     * Reads the door's configuration from {@code env} (before anything is opened, so a missing
     * variable touches no data), opens Rebound on {@code REBOUND_DATA} (or the PostgreSQL database of
     * {@code REBOUND_DATABASE_URL}) and {@code REBOUND_PLAYBOOK_DIR},
     * starts the door and the reminder loop, and registers the shutdown. Returns {@link #RUNNING},
     * or the exit code after one line on {@code err}.
     */
    public static <C> int serve(String name, Map<String, String> env, PrintStream err,
            Function<Map<String, String>, C> configure, Door<C> door) {
        return run(name, err, () -> {
            C config = configure.apply(env);
            Settings settings = settings(env);
            Rebound bot = Rebound.open(settings);
            AtomicReference<Platform> platform = new AtomicReference<>(() -> "not started");
            Probes probes;
            Started started;
            try {
                probes = Probes.start(env, new Probes.Parts() {
                    @Override
                    public void checkStore() {
                        bot.checkStore();
                    }

                    @Override
                    public boolean platformConnected() {
                        return platformProblem() == null;
                    }

                    @Override
                    public String platformProblem() {
                        return platform.get().problem();
                    }

                    @Override
                    public long members() {
                        return bot.memberCount();
                    }
                });
            } catch (RuntimeException e) {
                bot.close();
                throw e;
            }
            try {
                started = door.start(config, bot);
            } catch (Exception | Error e) {
                closeQuietly(name, err, probes);
                bot.close();
                throw e;
            }
            platform.set(started.platform());
            AutoCloseable reminders = started.reminders().start(REMINDER_CHECK);
            if (probes != null) {
                probes.started();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeQuietly(name, err, probes);
                closeQuietly(name, err, reminders);
                closeQuietly(name, err, started.door());
                closeQuietly(name, err, bot);
                STOPPED_LATCH.countDown();
            }, "rebound-stop"));
            stopOnTerm();
            // a log line, so a log shipper reading REBOUND_LOG_FORMAT=json gets an object like every other
            LoggerFactory.getLogger(Launch.class).info(started.banner());
            return RUNNING;
        });
    }

    /** Rebound's settings from the environment; a path that cannot be one is input to fix. */
    public static Settings settings(Map<String, String> env) {
        try {
            return Settings.fromEnvironment(env);
        } catch (InvalidPathException e) {
            throw new CannotStart(Settings.DATA + " or " + Settings.PLAYBOOK + " is not a usable path: " + e.getMessage(), e);
        }
    }

    /** Ends {@code main}: exits with {@code code}, or, while serving, waits until the shutdown has closed everything. */
    public static void exit(int code) throws InterruptedException {
        if (code == RUNNING) {
            STOPPED_LATCH.await();
            return;
        }
        System.exit(code);
    }

    /**
     * Checks that the platform at {@code url} accepts a connection, so an unreachable platform is
     * one line at start-up instead of the platform library's retries and stack traces.
     *
     * @param variable the environment variable that sets the address, named in the line
     */
    public static void reachable(String platform, URI url, String variable) {
        String host = url.getHost();
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        if (host == null) {
            throw new CannotStart(variable + " is not an address like https://host/path: " + url);
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) REACH_TIMEOUT.toMillis());
        } catch (IOException e) {
            throw new CannotStart("cannot reach " + platform + " at " + url + " (" + reason(e) + "); check the network"
                    + " or " + variable, e);
        }
    }

    /** The exit code for a failure: {@link #CANNOT_START} for input to fix, {@link #FAILED} for anything else. */
    public static int exitCodeOf(Throwable e) {
        return fixable(e) ? CANNOT_START : FAILED;
    }

    private static boolean fixable(Throwable e) {
        return e instanceof CannotStart || e instanceof PlaybookException || e instanceof DataDirInUse
                || e instanceof DatabaseUnusable || e instanceof UncheckedIOException || e instanceof InvalidPathException;
    }

    /** The one line a user reads for a start-up failure. */
    public static String oneLine(Throwable e) {
        if (e instanceof PlaybookException playbook) {
            return "the playbook has " + playbook.problems().size() + " problem(s), the first: "
                    + playbook.problems().get(0) + " (list them all with ./rebound check-playbook DIR)";
        }
        if (e instanceof UncheckedIOException io) {
            return io.getMessage() + " (" + reason(io.getCause()) + ")";
        }
        if (e instanceof CannotStart || e instanceof DataDirInUse || e instanceof DatabaseUnusable) {
            return firstLine(e.getMessage());
        }
        return "could not start (" + reason(e) + ")";
    }

    private static String reason(Throwable e) {
        if (e == null) {
            return "unknown reason";
        }
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static void closeQuietly(String name, PrintStream err, AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            err.println(name + ": stopping: " + reason(e));
        }
    }
}
