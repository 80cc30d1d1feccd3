package rebound.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.conversation.Conversation;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.MapDbMemberStore;

/**
 * The figures of the foundation issue, measured by a driver rather than timed tests:
 * engine turns/s with no I/O, durable turn latency one member at a time (and the bare MapDB floor),
 * durable turns/s with 50 members at once, and heap with 100,000 stored members.
 *
 * <pre>
 * mvn -B -q -pl bot-core -DskipTests package
 * java -Xmx1g -cp bot-core/target/test-classes:bot-core/target/bot-core-0.1.0-SNAPSHOT-app.jar rebound.bench.CoreBenchmark [engine] [latency] [concurrent] [heap]
 * </pre>
 */
public final class CoreBenchmark {

    /**
     * One member's whole story: the intake to drafts, a list, then forget, so that a member's state
     * stays the size of a real one however long the loop runs.
     */
    static final List<Event> STORY = List.of(
            new Event.Command("new"), new Event.Text("Acme"), new Event.Text("Product Designer"),
            new Event.Text("final"), new Event.Text("they hired someone else"),
            new Event.Text("Dana Smith, hiring manager, the move to weekly releases"),
            new Event.Text("Sam Lee, recruiter"), new Event.Text("done"), new Event.Text("Dana"), new Event.Text("yes"),
            new Event.Text("thank, stay in touch"), new Event.Text("Dana"), new Event.Text("warm"), new Event.Text("yes"),
            new Event.Command("list"), new Event.Command("forget"), new Event.Text("yes"));

    private static final int SLICE = 100;

    private CoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("rebound-bench");
        System.out.printf("Rebound core benchmark (%d cores, %s)%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        List<String> parts = args.length == 0 ? List.of("engine", "latency", "concurrent", "heap") : List.of(args);
        if (parts.contains("engine")) {
            engineTurns();
        }
        if (parts.contains("latency")) {
            durableLatency(work.resolve("latency"));
        }
        if (parts.contains("concurrent")) {
            durableConcurrent(work.resolve("concurrent"), 50, 10);
        }
        if (parts.contains("heap")) {
            heapWithMembers(work.resolve("heap"), 100_000);
        }
    }

    /** Five 2-second measurements after a 10-second warm-up (the JIT keeps improving that long); the median counts. */
    static void engineTurns() {
        Conversation conversation = new Conversation(PlaybookBundle.load(PlaybookSource.builtIn()));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        warmEngine(10);
        double[] rates = new double[5];
        double[] cpuRates = new double[5];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rates.length; i++) {
            long turns = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + 2_000_000_000L;
            while (System.nanoTime() < end) {
                // keep the state small and steady: a fresh member every story
                MemberState state = MemberState.empty();
                for (Event event : STORY) {
                    state = conversation.step(state, new Inbound(new Member("console:bench"), event, null), now).state();
                    turns++;
                }
            }
            rates[i] = turns / ((System.nanoTime() - start) / 1e9);
            cpuRates[i] = turns / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double[] cpuSorted = cpuRates.clone();
        Arrays.sort(cpuSorted);
        System.out.printf("engine, no I/O, one thread: %,.0f turns/s median of 5 x 2 s (each: %s) (goal >= 50,000)%n",
                sorted[2], Arrays.stream(rates).mapToObj(r -> String.format("%,.0f", r)).toList());
        // on a shared machine the thread's CPU time is the steadier figure: turns per second of this thread's CPU
        System.out.printf("engine, no I/O, one thread: %,.0f turns per CPU second, median (each: %s)%n",
                cpuSorted[2], Arrays.stream(cpuRates).mapToObj(r -> String.format("%,.0f", r)).toList());
    }

    /**
     * A durable turn one member at a time, measured in slices of {@value #SLICE} that alternate with
     * slices of bare MapDB put + commit (a 2,000-byte value, transactions on) on a file in the same
     * folder: the disk's speed changes from minute to minute, so the floor is measured in the same minutes.
     * The JIT is warmed first with 10 s of the engine alone, as it is in a bot that has been up a while.
     */
    static void durableLatency(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("bare"));
        DB db = DBMaker.fileDB(dir.resolve("bare").resolve("bare.db").toFile()).transactionEnable().make();
        HTreeMap<String, byte[]> map = db.hashMap("m", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        byte[] value = new byte[2_000];
        warmEngine(10);
        EngineClock engine = new EngineClock(MapDbMemberStore.open(dir.resolve("bot")));
        try (Rebound bot = new Rebound(new Settings(dir.resolve("bot"), null,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)), engine,
                PlaybookBundle.load(PlaybookSource.builtIn()))) {
            int n = 6_000;
            int warmup = 1_000;
            long[] turns = new long[n];
            long[] storeShare = new long[n];
            long[] bare = new long[n];
            int measured = 0;
            for (int i = 0; i < n + warmup; i += SLICE) {
                for (int j = i; j < i + SLICE; j++) {
                    String member = "console:m" + (j / STORY.size() % 50);
                    Event event = STORY.get(j % STORY.size());
                    long start = System.nanoTime();
                    engine.reset();
                    bot.handle(new Inbound(new Member(member), event, null));
                    if (j >= warmup) {
                        turns[j - warmup] = System.nanoTime() - start;
                        storeShare[j - warmup] = turns[j - warmup] - engine.nanos();
                    }
                }
                for (int j = i; j < i + SLICE; j++) {
                    long start = System.nanoTime();
                    map.put("m" + (j % 50), value);
                    db.commit();
                    if (j >= warmup) {
                        bare[j - warmup] = System.nanoTime() - start;
                        measured++;
                    }
                }
            }
            report("bare MapDB put+commit (the floor)", Arrays.copyOf(bare, measured));
            report("durable turn, one member at a time", Arrays.copyOf(turns, measured));
            report("  the same turns without the conversation's step (the store's share)",
                    Arrays.copyOf(storeShare, measured));
        } finally {
            db.close();
        }
    }

    /**
     * Times the conversation's step inside each update (the change a turn applies), so a turn's time
     * can be split into the engine's and the store's: the engine grew with the product (reading
     * members, a note per reader), the store is what the durability figures are about.
     */
    private static final class EngineClock extends rebound.store.ForwardingStore {
        private long nanos;

        EngineClock(rebound.store.MemberStore store) {
            super(store);
        }

        void reset() {
            nanos = 0;
        }

        long nanos() {
            return nanos;
        }

        @Override
        public <R> R update(String member, java.util.function.Function<MemberState, rebound.store.Change<R>> change) {
            return store.update(member, state -> {
                long start = System.nanoTime();
                try {
                    return change.apply(state);
                } finally {
                    nanos += System.nanoTime() - start;
                }
            });
        }
    }

    private static void warmEngine(int seconds) {
        Conversation conversation = new Conversation(PlaybookBundle.load(PlaybookSource.builtIn()));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            MemberState state = MemberState.empty();
            for (Event event : STORY) {
                state = conversation.step(state, new Inbound(new Member("console:warm"), event, null), now).state();
            }
        }
    }

    static void durableConcurrent(Path dir, int members, int seconds) throws Exception {
        MapDbMemberStore store = MapDbMemberStore.open(dir);
        try (Rebound bot = new Rebound(new Settings(dir, null, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"),
                ZoneOffset.UTC)), store, PlaybookBundle.load(PlaybookSource.builtIn()))) {
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong turns = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(members);
            for (int m = 0; m < members; m++) {
                String member = "console:c" + m;
                Thread thread = new Thread(() -> {
                    int i = 0;
                    while (running.get()) {
                        bot.handle(new Inbound(new Member(member), STORY.get(i++ % STORY.size()), null));
                        if (measuring.get()) {
                            turns.incrementAndGet();
                        }
                    }
                    done.countDown();
                });
                threads.add(thread);
                thread.start();
            }
            Thread.sleep(3_000);
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(seconds * 1_000L);
            long counted = turns.get();
            double elapsed = (System.nanoTime() - start) / 1e9;
            running.set(false);
            done.await();
            System.out.printf("durable, %d members at once: %,.0f turns/s (goal >= 2,000), %.1f writes per commit%n",
                    members, counted / elapsed, (double) store.writes() / store.commits());
        }
    }

    static void heapWithMembers(Path dir, int count) throws Exception {
        Conversation conversation = new Conversation(PlaybookBundle.load(PlaybookSource.builtIn()));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        MemberState finished = MemberState.empty();
        for (Event event : STORY.subList(0, STORY.indexOf(new Event.Command("list")) + 1)) {
            finished = conversation.step(finished, new Inbound(new Member("console:x"), event, null), now).state();
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            for (int i = 0; i < count; i++) {
                store.save("console:h" + i, finished);
                if (i % 1_000 == 999) {
                    store.commit();
                }
            }
            store.commit();
        }
        long jsonBytes = rebound.store.StateJson.write(finished).length;
        try (Rebound bot = Rebound.open(new Settings(dir, null, null))) {
            for (int i = 0; i < 1_000; i++) {
                bot.handle(new Inbound(new Member("console:h" + (i * 97 % count)), new Event.Command("list"), null));
            }
            bot.deliverDueReminders(now, message -> { });
            long used = usedHeapAfterGc();
            System.out.printf("heap used with %,d stored members (%,d bytes of JSON each), bot open: %,d MB "
                    + "(goal <= 256 MB)%n", count, jsonBytes, used / (1024 * 1024));
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: %,.0f/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (n=%,d)%n", what,
                sorted.length / (Arrays.stream(sorted).sum() / 1e9), sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6, sorted[(int) (sorted.length * 0.99)] / 1e6, sorted.length);
    }
}
