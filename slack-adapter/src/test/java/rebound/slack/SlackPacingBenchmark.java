package rebound.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.model.event.MessageEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import rebound.Rebound;
import rebound.Settings;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;

/**
 * Load driver (not a test; issue 20, "Answers on time when many members talk at once"): what a
 * member feels when many members are in intakes at once. Each of {@code members} members types the
 * next answer of an intake in the app's DM a think time (uniform between {@code thinkMin} and
 * {@code thinkMax} ms) after the last message they got there, and starts a new intake after each
 * plan ({@link TalkingMembers}). Measured: the time from sending each DM to the first message the
 * fake Slack takes for that DM's channel after it (the next question), in ms, p50/p95/p99/max.
 *
 * <p>Beside Rebound (durable MapDB state, {@link SlackApp} as shipped) run a bare Bolt app with the
 * same pacing ({@link SdkPacing}) that answers each DM once with one line through the same paced
 * async client: the floor any Slack app posting through the SDK's pacing has; and the same bare app
 * that first commits a small record durably per DM ({@link BareCommit}, one shared MapDB file beside
 * Rebound's data dir): the floor of an app that, as Rebound, must not lose an answer the member saw
 * accepted. All run against one fake Slack on 127.0.0.1, which paces {@code chat.postMessage} per
 * channel as Slack does (429 with {@code Retry-After} past its burst). The three apps are measured in
 * alternating slices of {@value #SLICE_SECONDS} s, each with its own {@code members} members, so other
 * load on the machine falls on all; each slice ends when every DM it sent has its answer. Bounded:
 * {@code seconds} per app after a {@value #WARM_UP_SECONDS} s warm-up of each, loopback only.
 *
 * <pre>java -cp ... rebound.slack.SlackPacingBenchmark [seconds=60] [members=100] [thinkMin=2000] [thinkMax=5000]</pre>
 */
public final class SlackPacingBenchmark {

    private static final int SLICE_SECONDS = 20;
    private static final int WARM_UP_SECONDS = 10;
    private static final String TOKEN = "xoxb-bench";
    /** The goal of issue 20: p99 under this many ms, and within {@link #GOAL_RATIO} of the bare app's. */
    private static final double GOAL_P99_MILLIS = 1500;
    private static final double GOAL_RATIO = 1.3;

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int thinkMin = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int thinkMax = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        System.out.printf("load: %d members per app in intakes, each answering %d-%d ms after the last message they got, "
                + "for %d s per app (after %d s of warm-up each; the three apps in alternating %d s slices), HTTP mode "
                + "on 127.0.0.1%n", members, thinkMin, thinkMax, seconds, WARM_UP_SECONDS, SLICE_SECONDS);
        // the fake Web API takes every post the apps make; without this its JDK server waits on Nagle
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try (FakeSlack slack = new FakeSlack()) {
            slack.recording(false);
            SlackPayloads payloads = new SlackPayloads(slack);
            Path folder = Files.createTempDirectory("rebound-pacing");
            Rebound bot = Rebound.open(new Settings(Files.createDirectories(folder.resolve("bot")), null, null));
            SlackApp door = new SlackApp(new SlackSettings(TOKEN, RunningSlackApp.SECRET, null, "127.0.0.1", 0,
                    slack.apiUrl()), bot);
            HttpTransport rebound = new HttpTransport(door.app(), "127.0.0.1", 0).start();
            BareApp bare = new BareApp(slack.apiUrl(), null);
            HttpTransport floor = new HttpTransport(bare.app, "127.0.0.1", 0).start();
            BareCommit commits = new BareCommit(folder.resolve("bare-commit.db"));
            BareApp durable = new BareApp(slack.apiUrl(), commits);
            HttpTransport durableFloor = new HttpTransport(durable.app, "127.0.0.1", 0).start();

            TalkingMembers reboundMembers = new TalkingMembers("UR", members, rebound.port(), payloads, thinkMin,
                    thinkMax);
            TalkingMembers bareMembers = new TalkingMembers("UB", members, floor.port(), payloads, thinkMin, thinkMax);
            TalkingMembers durableMembers = new TalkingMembers("UD", members, durableFloor.port(), payloads, thinkMin,
                    thinkMax);
            slack.onPost(post -> {
                reboundMembers.posted(post);
                bareMembers.posted(post);
                durableMembers.posted(post);
            });

            bareMembers.talk(WARM_UP_SECONDS);
            durableMembers.talk(WARM_UP_SECONDS);
            reboundMembers.talk(WARM_UP_SECONDS);
            door.drained().get(2, TimeUnit.MINUTES);
            bareMembers.measureFromNow();
            durableMembers.measureFromNow();
            reboundMembers.measureFromNow();
            long cpu = 0;
            long floorCpu = 0;
            long durableCpu = 0;
            double drain = 0;
            int slices = Math.max(1, seconds / SLICE_SECONDS);
            for (int slice = 0; slice < slices; slice++) {
                int length = slice < slices - 1 ? SLICE_SECONDS : seconds - SLICE_SECONDS * (slices - 1);
                long before = cpuNanos();
                bareMembers.talk(length);
                floorCpu += cpuNanos() - before;
                before = cpuNanos();
                durableMembers.talk(length);
                durableCpu += cpuNanos() - before;
                before = cpuNanos();
                long stopped = reboundMembers.talk(length);
                door.drained().get(2, TimeUnit.MINUTES); // a plan's last messages, after its first one
                drain = (System.nanoTime() - stopped) / 1e6;
                cpu += cpuNanos() - before;
            }
            System.out.printf("after Rebound's last slice, everything it owed was posted %.0f ms after its members stopped "
                    + "typing%n",
                    drain);
            Figures ours = reboundMembers.report("Rebound (durable state)", cpu);
            Figures theirs = bareMembers.report("bare Bolt app, same pacing", floorCpu);
            Figures durableFigures = durableMembers.report("bare Bolt + durable commit", durableCpu);
            System.out.printf("bare Bolt + durable commit: %d MapDB commits, each (put + commit) p50 %.1f ms  p99 %.1f ms  "
                    + "max %.1f ms%n", commits.count(), commits.figures().p50(), commits.figures().p99(),
                    commits.figures().max());
            ratios("Rebound / bare", ours, theirs);
            ratios("Rebound / bare + commit", ours, durableFigures);
            boolean met = ours.p99 < GOAL_P99_MILLIS && ours.p99 <= GOAL_RATIO * theirs.p99;
            System.out.printf("goal (p99 under %.0f ms and within %.1fx of the bare app's): %s%n", GOAL_P99_MILLIS,
                    GOAL_RATIO, met ? "met" : "MISSED");
            boolean metDurable = ours.p99 < GOAL_P99_MILLIS && ours.p99 <= GOAL_RATIO * durableFigures.p99;
            System.out.printf("the same against the durable floor (p99 under %.0f ms and within %.1fx of bare + commit's): "
                    + "%s%n", GOAL_P99_MILLIS, GOAL_RATIO, metDurable ? "met" : "MISSED");
            rebound.close();
            door.close();
            bot.close();
            floor.close();
            bare.close();
            durableFloor.close();
            durable.close();
            commits.close();
        }
        System.exit(0);
    }

    private static void ratios(String name, Figures ours, Figures theirs) {
        System.out.printf("%-24s p50 %.2fx  p95 %.2fx  p99 %.2fx  max %.2fx%n", name + ":", ours.p50 / theirs.p50,
                ours.p95 / theirs.p95, ours.p99 / theirs.p99, ours.max / theirs.max);
    }

    /** A member's felt latency, in ms. */
    record Figures(double p50, double p95, double p99, double max) {
        static Figures of(List<Double> latencies) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                return new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            return new Figures(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
        }

        private static double at(List<Double> sorted, double quantile) {
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
        }
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * The floor: a Bolt app with nothing of Rebound, paced as Rebound is ({@link SdkPacing} on its
     * config and threads), that answers each DM with one line through the SDK's paced async client.
     * Given {@code commits}, it first makes one durable commit per DM on the Bolt worker thread (the
     * floor of an app that must not lose an answer the member saw accepted, as Rebound must not);
     * given {@code null}, it persists nothing.
     */
    private static final class BareApp implements AutoCloseable {
        final App app;
        private final SdkPacing pacing;

        BareApp(String apiUrl, BareCommit commits) {
            SlackConfig config = new SlackConfig();
            pacing = SdkPacing.on(config);
            config.setMethodsEndpointUrlPrefix(apiUrl);
            Slack slack = Slack.getInstance(config);
            AsyncMethodsClient paced = slack.methodsAsync(TOKEN);
            app = new App(AppConfig.builder().slack(slack).executorServiceProvider(pacing.threads())
                    .singleTeamBotToken(TOKEN).signingSecret(RunningSlackApp.SECRET).build());
            app.event(MessageEvent.class, (payload, ctx) -> {
                if (commits != null) {
                    commits.save(payload.getEvent().getChannel());
                }
                CompletableFuture<?> posting = paced.chatPostMessage(ChatPostMessageRequest.builder()
                        .channel(payload.getEvent().getChannel()).text("Noted. Next question?").build());
                posting.exceptionally(failure -> {
                    System.out.println("bare app: a post failed: " + failure);
                    return null;
                });
                return ctx.ack();
            });
        }

        @Override
        public void close() {
            pacing.close();
            app.stop();
        }
    }

    /**
     * One MapDB file with transactions on, as CoreBenchmark's bare MapDB floor: each {@link #save}
     * puts a 2,000-byte value under the DM's channel and commits, from whichever thread calls it (one
     * shared DB, no grouping of commits). Times each save, in ms.
     */
    private static final class BareCommit implements AutoCloseable {
        private final DB db;
        private final HTreeMap<String, byte[]> records;
        private final byte[] value = new byte[2_000];
        private final List<Double> saves = Collections.synchronizedList(new ArrayList<>());

        BareCommit(Path file) {
            db = DBMaker.fileDB(file.toFile()).transactionEnable().make();
            records = db.hashMap("m", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        }

        void save(String channel) {
            long start = System.nanoTime();
            records.put(channel, value);
            db.commit();
            saves.add((System.nanoTime() - start) / 1e6);
        }

        int count() {
            return saves.size();
        }

        Figures figures() {
            return Figures.of(saves);
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
