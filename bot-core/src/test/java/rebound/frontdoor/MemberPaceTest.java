package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.Rebound;
import rebound.SettableClock;
import rebound.Settings;
import rebound.playbook.PlaybookSource;

/**
 * No member can flood the bot (issue 22): past their pace a member's events are not taken, they are
 * told once, the other members are answered as before, and the pace comes back by itself.
 */
@DisplayName("A member's pace at the Slack and Discord doors")
class MemberPaceTest {

    private static final String ANA = "slack:T1:U0ANA";
    private static final String BEN = "slack:T1:U0BEN";

    @TempDir
    Path data;
    private final SettableClock clock = SettableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
    private Rebound bot;
    private ExecutorService workers;

    @AfterEach
    void close() throws Exception {
        if (workers != null) {
            workers.shutdownNow();
        }
        if (bot != null) {
            bot.close();
        }
    }

    /** What one member's channel was sent, in order. */
    private static class Seen implements ReplyChannel {
        final List<String> texts = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(List<Outbound> answers) {
            answers.forEach(a -> texts.add(a.text()));
        }

        @Override
        public void fail(String words) {
            texts.add("FAILED " + words);
        }
    }

    private FrontDoor door(Executor executor) {
        bot = Rebound.open(new Settings(data, null, clock));
        return new FrontDoor(bot, executor, DoorWords.load(PlaybookSource.withOverrides(null)));
    }

    private static Inbound dm(String member, int n) {
        return new Inbound(new Member(member), new Event.Text("hello " + n), "Ev" + member + n);
    }

    @Test
    @DisplayName("a flood of 1,000 DMs: the first burst is taken, one 'slow down' is said, the rest touch nothing")
    void floodIsAnsweredOnce() throws Exception {
        FrontDoor door = door(Runnable::run);
        Seen ana = new Seen();

        int taken = 0;
        for (int i = 0; i < 1_000; i++) {
            int before = ana.texts.size();
            door.turn(dm(ANA, i), ana).get(5, TimeUnit.SECONDS);
            if (ana.texts.size() > before && !ana.texts.get(ana.texts.size() - 1).startsWith("That's a lot")) {
                taken++;
            }
        }

        assertThat(taken).as("events taken at once").isEqualTo(MemberRate.BURST);
        assertThat(ana.texts).filteredOn(t -> t.startsWith("That's a lot of messages")).hasSize(1);
        assertThat(ana.texts).noneMatch(t -> t.startsWith("FAILED"));
    }

    @Test
    @DisplayName("another member is answered at once while one floods")
    void othersAnswered() throws Exception {
        FrontDoor door = door(Runnable::run);
        Seen ana = new Seen();
        Seen ben = new Seen();
        for (int i = 0; i < 200; i++) {
            door.turn(dm(ANA, i), ana).get(5, TimeUnit.SECONDS);
        }

        door.turn(dm(BEN, 0), ben).get(5, TimeUnit.SECONDS);

        assertThat(ben.texts).isNotEmpty().noneMatch(t -> t.startsWith("That's a lot"));
    }

    @Test
    @DisplayName("the pace comes back by itself: a minute later the member is taken, and told again only after a new flood")
    void paceComesBack() throws Exception {
        FrontDoor door = door(Runnable::run);
        Seen ana = new Seen();
        for (int i = 0; i < MemberRate.BURST + 5; i++) {
            door.turn(dm(ANA, i), ana).get(5, TimeUnit.SECONDS);
        }
        int before = ana.texts.size();

        clock.advance(Duration.ofMinutes(1));
        door.turn(dm(ANA, 100), ana).get(5, TimeUnit.SECONDS);

        assertThat(ana.texts.subList(before, ana.texts.size())).isNotEmpty()
                .noneMatch(t -> t.startsWith("That's a lot"));
        for (int i = 0; i < MemberRate.BURST + 5; i++) {
            door.turn(dm(ANA, 200 + i), ana).get(5, TimeUnit.SECONDS);
        }
        assertThat(ana.texts).filteredOn(t -> t.startsWith("That's a lot of messages")).hasSize(2);
    }

    @Test
    @DisplayName("a member whose answers wait (a slow platform) has at most MOST_WAITING turns queued: the rest are not taken")
    void backlogIsBounded() throws Exception {
        workers = Executors.newFixedThreadPool(2);
        bot = Rebound.open(new Settings(data, null, clock));
        // a pace that would take them all: only the bound on waiting turns holds them back
        FrontDoor door = new FrontDoor(bot, workers, DoorWords.load(PlaybookSource.withOverrides(null)),
                new MemberRate(1_000, Duration.ofMinutes(1), clock));
        CountDownLatch release = new CountDownLatch(1);
        Seen ana = new Seen() {
            @Override
            public void send(List<Outbound> answers) {
                try {
                    release.await(10, TimeUnit.SECONDS); // the platform is slow: the member's queue fills
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.send(answers);
            }
        };

        for (int i = 0; i < 100; i++) {
            door.turn(dm(ANA, i), ana);
        }
        release.countDown();
        Instant deadline = Instant.now().plusSeconds(20);
        while (ana.texts.size() < FrontDoor.MOST_WAITING + 1 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        Thread.sleep(200); // nothing more comes

        assertThat(ana.texts.stream().filter(t -> !t.startsWith("That's a lot")).count())
                .as("turns answered").isEqualTo(FrontDoor.MOST_WAITING);
        assertThat(ana.texts).filteredOn(t -> t.startsWith("That's a lot of messages")).hasSize(1);
    }

    @Test
    @DisplayName("the terminal and JSON lines have no pace: a script of the operator's own is never set aside")
    void inlineHasNoPace() throws Exception {
        bot = Rebound.open(new Settings(data, null, clock));
        FrontDoor door = FrontDoor.inline(bot);
        Seen ana = new Seen();
        for (int i = 0; i < MemberRate.BURST * 3; i++) {
            door.turn(dm(ANA, i), ana).get(5, TimeUnit.SECONDS);
        }
        assertThat(ana.texts).noneMatch(t -> t.startsWith("That's a lot"));
    }
}
