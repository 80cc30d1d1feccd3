package rebound.launch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Liveness and readiness over HTTP for a platform front door, on {@code REBOUND_PROBE_PORT} (none
 * when unset), as container platforms and load balancers ask for them:
 * <ul>
 *   <li>{@code GET /live}: 200 while the process serves.</li>
 *   <li>{@code GET /ready}: 200 when start-up is done, the store answers (within
 *       {@link #STORE_PATIENCE}) and the platform is ready ({@link Parts#platformProblem()}); otherwise
 *       503 and one line per part that is not ready ({@code store}, {@code platform}, {@code starting}). It goes down
 *       during a database outage and up again by itself.</li>
 * </ul>
 * <ul>
 *   <li>{@code GET /metrics}: the metrics, in Prometheus's text format (Micrometer's Prometheus
 *       registry, added to its global registry, where the core and the doors record): turns, commits,
 *       reminders, platform calls, members, the JVM and the database pool. No tag names a member.</li>
 * </ul>
 * Answers are plain text and name no member.
 */
public final class Probes implements AutoCloseable {

    /** The port of the probes; unset: no probes. */
    public static final String PORT = "REBOUND_PROBE_PORT";
    /** The address the probes listen on (default 0.0.0.0: a platform probes from outside the container). */
    public static final String BIND = "REBOUND_PROBE_BIND";
    /** How long the store may take to answer before it counts as not ready. */
    static final Duration STORE_PATIENCE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(Probes.class);

    /** What readiness asks of the running door. */
    public interface Parts {
        /** Throws when the store does not answer. */
        void checkStore();

        /** True when the platform connection is up. */
        boolean platformConnected();

        /**
         * Null when the platform is ready, else one short plain line saying what is not (no exception
         * text, no token); by default "not connected" when {@link #platformConnected()} is false.
         */
        default String platformProblem() {
            return platformConnected() ? null : "not connected";
        }

        /** How many members the store keeps (a gauge, read at each scrape). */
        default long members() {
            return 0;
        }
    }

    private final HttpServer server;
    private final Parts parts;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();
    private final ExecutorService storeCheck;
    private volatile boolean started;
    private Future<?> inFlight;
    /** Whether the last store check failed, so an outage is logged once when it starts and once when it ends. */
    private boolean storeDown;

    private Probes(HttpServer server, Parts parts) {
        this.server = server;
        this.parts = parts;
        this.storeCheck = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "rebound-probe-store");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/live", exchange -> answer(exchange, 200, "live\n"));
        server.createContext("/ready", this::ready);
        server.createContext("/metrics", this::metrics);
        new ClassLoaderMetrics().bindTo(metrics);
        new JvmMemoryMetrics().bindTo(metrics);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(metrics);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(metrics);
        new ProcessorMetrics().bindTo(metrics);
        new UptimeMetrics().bindTo(metrics);
        Gauge.builder("rebound.members", parts, Parts::members).description("Members the store keeps")
                .register(metrics);
        Metrics.addRegistry(metrics);
        server.createContext("/", exchange -> answer(exchange, 404, "404 Not Found\n"));
    }

    /**
     * Starts the probes when {@link #PORT} is set; they say "starting" until {@link #started()}.
     *
     * @return the running probes, or null when no port is set
     * @throws Launch.CannotStart when the port is malformed or cannot be listened on
     */
    public static Probes start(Map<String, String> env, Parts parts) {
        String port = env.get(PORT);
        if (port == null || port.isBlank()) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new Launch.CannotStart(PORT + " is not a port number: " + port);
        }
        if (number < 0 || number > 65535) {
            throw new Launch.CannotStart(PORT + " is not a port number: " + port);
        }
        String bind = env.getOrDefault(BIND, "0.0.0.0");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bind, number), 16);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread thread = new Thread(r, "rebound-probes");
                thread.setDaemon(true);
                return thread;
            }));
            Probes probes = new Probes(server, parts);
            server.start();
            return probes;
        } catch (IOException | IllegalArgumentException e) {
            throw new Launch.CannotStart("cannot listen on " + bind + ":" + port + " for the probes (" + e.getMessage()
                    + "); set " + PORT + " or " + BIND, e);
        }
    }

    /** Start-up work is done: readiness now depends on the store and the platform only. */
    public void started() {
        started = true;
    }

    /** The port the probes listen on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The parts that are not ready now, each one line; empty when ready. */
    List<String> notReady() {
        List<String> missing = new ArrayList<>();
        if (!started) {
            missing.add("starting: start-up work is not done");
        }
        String store = storeProblem();
        if (store != null) {
            missing.add("store: " + store);
        }
        String platform = parts.platformProblem();
        if (platform != null) {
            missing.add("platform: " + platform);
        }
        return missing;
    }

    private synchronized String storeProblem() {
        if (inFlight == null || inFlight.isDone()) {
            inFlight = storeCheck.submit(parts::checkStore);
        }
        String problem;
        try {
            inFlight.get(STORE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            problem = null;
        } catch (TimeoutException e) {
            problem = "no answer within " + STORE_PATIENCE.toSeconds() + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            // the probe's answer names no exception (a reader of /ready learns what, not how); the log says it once
            problem = "does not answer";
            if (!storeDown) {
                LOG.warn("The store does not answer ({}); not ready until it does", e.getCause().getClass().getSimpleName());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        if (problem == null && storeDown) {
            LOG.info("The store answers again; ready as far as the store goes");
        }
        storeDown = problem != null;
        return problem;
    }

    private void ready(HttpExchange exchange) throws IOException {
        List<String> missing;
        try {
            missing = notReady();
        } catch (RuntimeException e) {
            LOG.warn("The readiness check failed ({})", e.getClass().getSimpleName());
            missing = List.of("check: failed");
        }
        if (missing.isEmpty()) {
            answer(exchange, 200, "ready\n");
        } else {
            answer(exchange, 503, "not ready\n" + String.join("\n", missing) + "\n");
        }
    }

    private void metrics(HttpExchange exchange) throws IOException {
        answer(exchange, 200, metrics.scrape(), "text/plain; version=0.0.4; charset=utf-8");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        answer(exchange, status, body, "text/plain; charset=utf-8");
    }

    private static void answer(HttpExchange exchange, int status, String body, String type) throws IOException {
        try (exchange) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        storeCheck.shutdownNow();
        Metrics.removeRegistry(metrics);
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                LOG.debug("Closing a metrics binder failed", e);
            }
        }
        metrics.close();
    }
}
