package rebound.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import rebound.frontdoor.Threads;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackPayloads;
import rebound.slack.transport.HttpTransport;

/**
 * Members of one app in {@link SlackPacingBenchmark}, typing intakes in their DMs with the app as
 * people do: each answers a think time after the last message the app posted to them (so a turn's
 * several messages are read before the next answer), and starts a new intake after each plan.
 * Each DM is timed from when it is sent to the first message the fake Slack takes in that DM after
 * it ({@link FakeSlack#onPost}); a post answered 429 is not shown and does not count.
 */
final class TalkingMembers {

    /** One intake typed as answers, as {@code SdkPacingTest} types it; then a new one. */
    private static final String[] INTAKE = {"/rejected new", "Acme", "Designer", "interview", "hired_other",
            "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, stay_in_touch", "warm",
            "yes"};
    /** How long a slice waits for the answers still owed when its members stop typing. */
    private static final long ANSWER_WAIT_MILLIS = 120_000;
    private static final double SLOW_MILLIS = 1500;

    private final Map<String, Member> byChannel = new ConcurrentHashMap<>();
    private final List<Member> members = new ArrayList<>();
    private final URI uri;
    private final SlackPayloads payloads;
    private final int thinkMin;
    private final int thinkMax;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ScheduledExecutorService timer = Threads.timer("bench-members");
    private final List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    /** Time from sending each DM to the app's HTTP answer (Rebound answers once the turn is committed). */
    private final List<Double> acks = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger failedSends = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile boolean typing;

    /** {@code count} members with user ids {@code prefix}00000..., sending to the app on {@code port}. */
    TalkingMembers(String prefix, int count, int port, SlackPayloads payloads, int thinkMin, int thinkMax) {
        this.uri = URI.create("http://127.0.0.1:" + port + HttpTransport.EVENTS);
        this.payloads = payloads;
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
        for (int i = 0; i < count; i++) {
            Member member = new Member(String.format("%s%05d", prefix, i));
            members.add(member);
            byChannel.put(FakeSlack.dmOf(member.user), member);
        }
    }

    /**
     * Members type for {@code seconds} (each starts within the longest think time), then stop and
     * wait for the answers they are owed. Returns {@code System.nanoTime()} of when they stopped.
     */
    long talk(int seconds) throws InterruptedException {
        typing = true;
        for (Member member : members) {
            synchronized (member) {
                member.next = timer.schedule(() -> send(member), ThreadLocalRandom.current().nextInt(thinkMax),
                        TimeUnit.MILLISECONDS);
            }
        }
        Thread.sleep(seconds * 1000L);
        typing = false;
        long stopped = System.nanoTime();
        for (Member member : members) {
            synchronized (member) {
                if (member.next != null) {
                    member.next.cancel(false);
                }
            }
        }
        long deadline = System.currentTimeMillis() + ANSWER_WAIT_MILLIS;
        while (members.stream().anyMatch(m -> m.awaiting) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        for (Member member : members) {
            synchronized (member) {
                if (member.awaiting) {
                    unanswered.incrementAndGet();
                    member.awaiting = false;
                }
            }
        }
        return stopped;
    }

    /** Forgets what was measured so far (the warm-up). */
    void measureFromNow() {
        latencies.clear();
        acks.clear();
        refused.set(0);
        taken.set(0);
        failedSends.set(0);
        unanswered.set(0);
    }

    /** A post arrived at the fake Slack: if it is to one of these members and taken, it may answer their DM. */
    void posted(FakeSlack.PostAttempt post) {
        Member member = byChannel.get(post.channel());
        if (member == null) {
            return;
        }
        if (post.status() != 200) {
            refused.incrementAndGet();
            return;
        }
        taken.incrementAndGet();
        long now = System.nanoTime();
        synchronized (member) {
            if (member.awaiting) {
                latencies.add((now - member.sentAt) / 1e6);
                member.awaiting = false;
                member.think = ThreadLocalRandom.current().nextInt(thinkMin, thinkMax + 1);
            }
            if (member.next != null) {
                member.next.cancel(false);
            }
            if (typing) { // the think time runs from the last message they got
                member.next = timer.schedule(() -> send(member), member.think, TimeUnit.MILLISECONDS);
            }
        }
    }

    private void send(Member member) {
        String text;
        long sentAt;
        synchronized (member) {
            if (!typing || member.awaiting) {
                return;
            }
            text = INTAKE[member.step++ % INTAKE.length];
            member.awaiting = true;
            member.sentAt = System.nanoTime();
            sentAt = member.sentAt;
        }
        String body = payloads.eventCallback(payloads.nextId("Ev"), payloads.dmEvent(member.user, text));
        long now = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", RunningSlackApp.sign(RunningSlackApp.SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 200) {
                acks.add((System.nanoTime() - sentAt) / 1e6);
            } else {
                failedSends.incrementAndGet();
                synchronized (member) {
                    member.awaiting = false;
                    if (typing) {
                        member.next = timer.schedule(() -> send(member), thinkMin, TimeUnit.MILLISECONDS);
                    }
                }
            }
        });
    }

    /** Prints this app's figures under {@code name} and returns them. */
    SlackPacingBenchmark.Figures report(String name, long cpuNanos) {
        List<Double> all = new ArrayList<>(latencies);
        SlackPacingBenchmark.Figures figures = SlackPacingBenchmark.Figures.of(all);
        long slow = all.stream().filter(l -> l >= SLOW_MILLIS).count();
        SlackPacingBenchmark.Figures acked = SlackPacingBenchmark.Figures.of(new ArrayList<>(acks));
        System.out.printf("%-27s DMs answered %d  p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  max %.0f ms  (%d at %.0f ms or "
                + "more; unanswered %d, DMs refused %d; posts taken %d, answered 429 %d; process CPU %.2f ms per DM)%n", name,
                all.size(), figures.p50(), figures.p95(), figures.p99(), figures.max(), slow, SLOW_MILLIS,
                unanswered.get(), failedSends.get(), taken.get(), refused.get(), cpuNanos / 1e6 / Math.max(1, all.size()));
        System.out.printf("%-27s HTTP answer to the DM event (Rebound's after the turn is committed): p50 %.0f ms  p95 %.0f "
                + "ms  p99 %.0f ms  max %.0f ms%n", "", acked.p50(), acked.p95(), acked.p99(), acked.max());
        return figures;
    }

    private static final class Member {
        final String user;
        int step;
        volatile boolean awaiting;
        long sentAt;
        int think;
        ScheduledFuture<?> next;

        Member(String user) {
            this.user = user;
        }
    }
}
