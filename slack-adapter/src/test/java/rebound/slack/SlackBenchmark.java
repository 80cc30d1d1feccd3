package rebound.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import rebound.Rebound;
import rebound.Settings;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;

/**
 * Load driver (not a test): ack latency of signed {@code /rejected} requests in HTTP mode at a
 * steady rate from many members, against Rebound (durable MapDB state, one commit per turn after
 * the ack, answers through {@code response_url} and the DM to the fake Web API) and
 * against a bare Bolt app that only acks; plus start-up time to the first answered request.
 * Open loop: each request's latency counts from when it was due, so a stall is not hidden.
 *
 * <pre>java -cp ... rebound.slack.SlackBenchmark [seconds=30] [rate=200] [members=100]</pre>
 */
public final class SlackBenchmark {

    private static final int SLICE_SECONDS = 10;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        System.out.printf("load: %d req/s from %d members for %d s per app (after a 5 s warm-up; the two apps measured in "
                + "alternating 10 s slices), HTTP mode on 127.0.0.1%n",
                rate, members, seconds);
        // the fake Web API answers the replies sent after each ack; without this its JDK server waits on Nagle
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (FakeSlack slack = new FakeSlack()) {
            SlackPayloads payloads = new SlackPayloads(slack);
            Path data = Files.createTempDirectory("rebound-bench");

            long started = System.nanoTime();
            Rebound bot = Rebound.open(new Settings(data, null, null));
            SettlingExecutor workers = new SettlingExecutor(SlackApp.WORKERS);
            SlackApp door = new SlackApp(new SlackSettings("xoxb-bench", RunningSlackApp.SECRET, null,
                    "127.0.0.1", 0, slack.apiUrl()), bot, workers);
            HttpTransport rebound = new HttpTransport(door.app(), "127.0.0.1", 0).start();
            Driver driver = new Driver(rebound.port(), payloads);
            int status = driver.send(payloads.slashCommand("U0FIRST", "C0BENCH", "")).join().statusCode();
            double acked = (System.nanoTime() - started) / 1e6;
            while (slack.calls("respond").isEmpty()) {
                Thread.sleep(1);
            }
            double startup = (System.nanoTime() - started) / 1e6;
            System.out.printf("start-up to the first acked /rejected: %.0f ms%n", acked);
            System.out.printf("start-up to the first answered /rejected (HTTP %d, answer through response_url): %.0f ms (open data dir, load playbook, "
                    + "Bolt app incl. auth.test, Jetty)%n", status, startup);

            SlackConfig config = new SlackConfig();
            config.setStatsEnabled(false);
            config.setMethodsEndpointUrlPrefix(slack.apiUrl());
            App bare = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-bench")
                    .signingSecret(RunningSlackApp.SECRET).build());
            bare.command("/rejected", (req, ctx) -> ctx.ack());
            HttpTransport floor = new HttpTransport(bare, "127.0.0.1", 0).start();
            Driver bareDriver = new Driver(floor.port(), payloads);

            // warm both up, then measure them in alternating slices so that other load on the machine
            // falls on both alike
            slack.recording(false);
            driver.run(5, rate, members);
            workers.settle();
            bareDriver.run(5, rate, members);
            // (the work Rebound does after its acks is finished before each slice of the bare app)
            List<Double> measured = new ArrayList<>();
            List<Double> floorMeasured = new ArrayList<>();
            long cpu = 0;
            long floorCpu = 0;
            int slices = Math.max(1, seconds / SLICE_SECONDS);
            for (int slice = 0; slice < slices; slice++) {
                int length = slice < slices - 1 ? SLICE_SECONDS : seconds - SLICE_SECONDS * (slices - 1);
                long before = cpuNanos();
                floorMeasured.addAll(bareDriver.run(length, rate, members));
                floorCpu += cpuNanos() - before;
                before = cpuNanos();
                measured.addAll(driver.run(length, rate, members));
                workers.settle();
                cpu += cpuNanos() - before;
            }
            // the answers Rebound still holds for Slack's pacing when the last slice ends
            long draining = System.nanoTime();
            door.drained().get(5, java.util.concurrent.TimeUnit.MINUTES);
            System.out.printf("answers still paced for Slack after the last slice: all posted %.0f ms later%n",
                    (System.nanoTime() - draining) / 1e6);
            int[] posts = slack.postsAndRefusals();
            System.out.printf("chat.postMessage calls: %d, of which answered 429: %d%n", posts[0], posts[1]);
            report("Rebound (durable state)", measured, cpu);
            report("bare Bolt app (ack only)", floorMeasured, floorCpu);
            rebound.close();
            door.close();
            bot.close();
            floor.close();
            bare.stop();
        }
        System.exit(0);
    }

    private static void report(String name, List<Double> latencies, long cpuNanos) {
        Collections.sort(latencies);
        System.out.printf("%-26s n=%d  median %.2f ms  p99 %.2f ms  max %.2f ms  (process CPU %.2f ms per request, "
                + "driver and fake Slack included)%n", name, latencies.size(), at(latencies, 0.50), at(latencies, 0.99),
                latencies.get(latencies.size() - 1), cpuNanos / 1e6 / Math.max(1, latencies.size()));
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static final class Driver {
        private final URI uri;
        private final SlackPayloads payloads;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final AtomicInteger failures = new AtomicInteger();

        Driver(int port, SlackPayloads payloads) {
            this.uri = URI.create("http://127.0.0.1:" + port + HttpTransport.EVENTS);
            this.payloads = payloads;
        }

        CompletableFuture<HttpResponse<String>> send(String body) {
            long now = System.currentTimeMillis() / 1000;
            return http.sendAsync(HttpRequest.newBuilder(uri)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", Long.toString(now))
                    .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        List<Double> run(int seconds, int rate, int members) throws Exception {
            int total = seconds * rate;
            long interval = 1_000_000_000L / rate;
            List<Double> latencies = Collections.synchronizedList(new ArrayList<>(total));
            List<CompletableFuture<?>> all = new ArrayList<>(total);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    if (wait > 200_000) {
                        Thread.sleep(0, 100_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                String user = String.format("U%07d", i % members);
                String body = payloads.slashCommand(user, "C0BENCH", i % 2 == 0 ? "new" : "");
                all.add(send(body).handle((response, error) -> {
                    if (error != null || response.statusCode() != 200) {
                        failures.incrementAndGet();
                    } else {
                        latencies.add((System.nanoTime() - due) / 1e6);
                    }
                    return null;
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            if (failures.get() > 0) {
                System.out.println("failed requests: " + failures.getAndSet(0));
            }
            return new ArrayList<>(latencies);
        }
    }
}
