package rebound.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the tests, started by the tests themselves: Debian's binaries
 * ({@code /usr/lib/postgresql/<version>/bin}, else {@code initdb} on the PATH; the folder in
 * {@code REBOUND_TEST_PG_BIN} wins), {@code initdb} into a temporary folder and the server on a free
 * loopback port, its unix socket in that folder. PostgreSQL refuses to run as root, so under root
 * it runs as the OS user {@code postgres} (which Debian's package creates). {@link #close()} stops it
 * with {@code pg_ctl stop -m immediate} and removes its folder. Without binaries {@link #start()}
 * fails, saying how to install them. Tests use it through {@link TestPostgres}; the benchmark directly.
 */
public class LocalPostgres implements AutoCloseable {

    /** The superuser initdb makes; trust authentication on loopback, so no password. */
    public static final String USER = "rebound";
    private static final String BIN = "REBOUND_TEST_PG_BIN";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Path bin;
    private Path dir;
    private int port;
    private boolean asPostgres;
    private Thread stopAtExit;

    /** Makes a new cluster and starts it; fails with how to install PostgreSQL when no binaries are found. */
    public void start() throws IOException, InterruptedException {
        String named = System.getenv(BIN);
        String looked = named != null && !named.isBlank() ? BIN + "=" + named
                : "/usr/lib/postgresql/*/bin or on the PATH";
        bin = binaries().orElseThrow(() -> new AssertionError("The PostgreSQL tests need PostgreSQL's server binaries "
                + "(initdb, pg_ctl, postgres) and found none in " + looked + ". Install Debian's package "
                + "(apt-get install postgresql) or set " + BIN + " to a folder that holds them."));
        asPostgres = "0".equals(output(List.of("id", "-u")).strip());
        if (asPostgres && !succeeds(List.of("id", "-u", "postgres"))) {
            throw new AssertionError("The tests run as root, which PostgreSQL refuses, so they run it as the OS user "
                    + "postgres; there is no such user here. Debian's postgresql package creates it "
                    + "(apt-get install postgresql).");
        }
        dir = Files.createTempDirectory("rebound-pg");
        if (asPostgres) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        port = freePort();
        asServer(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "-A", "trust",
                "-E", "UTF8", "--no-sync"));
        stopAtExit = new Thread(this::stopImmediately, "test-postgres-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        startServer();
    }

    /** Starts the server of this cluster again after {@link #stopFast()}, on the same port. */
    public void startServer() {
        asServer(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
                        + dir + " -c max_connections=200", "start"));
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}): connections are cut, the data kept. */
    public void stopFast() {
        asServer(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"));
    }

    /** A new, empty database on this server. */
    public DatabaseAddress newDatabase() {
        String name = "rebound_test_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), USER, null);
             Statement create = connection.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database", e);
        }
        return new DatabaseAddress(url(name), USER, null);
    }

    /**
     * The key folder of a database made by {@link #newDatabase()}: one per database, shared by every
     * store a test opens on it, as instances on one database share theirs; removed with the server's folder.
     */
    public Path keyFolder(DatabaseAddress database) {
        String url = database.url();
        return dir.resolve("keys").resolve(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The server's data folder (its tables' files and WAL), for tests that search what it keeps. */
    public Path dataFolder() {
        return data();
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        if (dir == null) {
            return;
        }
        stopImmediately();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException e) {
            // already shutting down
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dir = null;
    }

    private void stopImmediately() {
        try {
            List<String> stop = command(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m",
                    "immediate", "-w", "stop"));
            new ProcessBuilder(stop).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // nothing more to do at exit
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private static Optional<Path> binaries() {
        String named = System.getenv(BIN);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(LocalPostgres::hasServer);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.map(v -> v.resolve("bin")).filter(LocalPostgres::hasServer)
                        .max(Comparator.comparingInt(b -> version(b.getParent().getFileName().toString())));
                if (newest.isPresent()) {
                    return newest;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && hasServer(Path.of(folder))) {
                return Optional.of(Path.of(folder));
            }
        }
        return Optional.empty();
    }

    private static int version(String name) {
        try {
            return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean hasServer(Path folder) {
        return Stream.of("initdb", "pg_ctl", "postgres").allMatch(name -> Files.isExecutable(folder.resolve(name)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Runs a PostgreSQL binary, as the OS user postgres when the tests run as root. */
    private void asServer(List<String> command) {
        try {
            run(command(command));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("cannot run " + command, e);
        }
    }

    private List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return full;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " took over 90 s");
        }
        if (process.exitValue() != 0) {
            String log = dir != null && Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
            throw new IllegalStateException(command + " failed (" + process.exitValue() + "): " + out + log);
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static boolean succeeds(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
