package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.conversation.Action;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.store.MemberStore;

/**
 * Issue 19, "due reminders, each in member order": the door queues a member's reminders (claim, send, mark)
 * in that member's queue, so a reminder is never sent beside their own turn on this instance and is rendered
 * from the state their earlier turns left; and one member's slow platform holds only that member's queue.
 * Run on each store (the in-memory twin, MapDB, PostgreSQL), as {@code MemberStoreContract} is.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
abstract class RemindersAtTheDoorContract {

    private static final String JUNE = DueMember.MEMBER.key();
    private static final Member OMAR = new Member("console:omar");

    private MemberStore store;
    private Rebound bot;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private FrontDoor door;
    /** What the member saw, in order: a turn's answer by its label, a reminder by the company it names. */
    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    /** A new, empty store of the kind under test; the bot closes it. */
    abstract MemberStore openStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openStore();
        bot = DueMember.bot(store);
        door = new FrontDoor(bot, workers, bot.doorWords());
    }

    @AfterEach
    void close() {
        workers.shutdownNow();
        bot.close();
    }

    @Test
    @DisplayName("a reminder while the member is typing: after the turn queued before it (and from its state), before the one after")
    void betweenTheMembersTurns() throws Exception {
        DueMember.logRejections(bot, store, 2, DueMember.LOGGED); // Company 1 and Company 2, each a follow-up due now
        Rejection first = store.read(JUNE).rejections().get(0);
        FollowUp due = first.followUps().stream().filter(FollowUp::isPending).findFirst().orElseThrow();

        CountDownLatch typing = new CountDownLatch(1);
        door.later(new Member(JUNE), () -> await(typing)); // a turn of June's is still being handled
        CountDownLatch answered = new CountDownLatch(2);
        door.turn(Inbound.action(new Member(JUNE), new Action.StopAll(first.id(), due.id()).encode()), channel("stopped", answered));
        CompletableFuture<Integer> reminders = door.remindDue(this::remember);
        door.turn(Inbound.command(new Member(JUNE), "list").withDeliveryId("typed-after"), channel("listed", answered));
        typing.countDown();

        assertThat(reminders.get(30, TimeUnit.SECONDS)).as("follow-ups delivered").isEqualTo(1);
        assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("rendered after the stop was saved: Company 1's reminder is not sent")
                .containsExactly("stopped", "reminder for june: Company 2", "listed");
    }

    @Test
    @DisplayName("reminders of several members go out side by side: one member's slow platform holds only their own queue")
    void membersInParallel() throws Exception {
        DueMember.logRejections(bot, store, JUNE, 1, DueMember.LOGGED);
        DueMember.logRejections(bot, store, OMAR.key(), 1, DueMember.LOGGED);
        CountDownLatch omarsSent = new CountDownLatch(1);
        CountDownLatch junesHeld = new CountDownLatch(1);
        CountDownLatch platformAnswers = new CountDownLatch(1);
        boolean[] omarWhileJuneHeld = {false};
        Messenger slowForJune = message -> {
            if (message.member().key().equals(JUNE)) {
                junesHeld.countDown();
                omarWhileJuneHeld[0] = await(omarsSent, 20);
                await(platformAnswers, 20);
            } else {
                omarsSent.countDown();
            }
            remember(message);
        };

        CompletableFuture<Integer> reminders = door.remindDue(slowForJune);
        assertThat(junesHeld.await(30, TimeUnit.SECONDS)).as("June's reminder is with the platform").isTrue();
        CountDownLatch omarListed = new CountDownLatch(1);
        door.turn(Inbound.command(OMAR, "list").withDeliveryId("omar-list"), channel("omar listed", omarListed));
        assertThat(omarListed.await(20, TimeUnit.SECONDS)).as("Omar's turn, while June's platform is slow").isTrue();
        CountDownLatch juneListed = new CountDownLatch(1);
        CompletableFuture<Void> junesTurn = door.turn(Inbound.command(new Member(JUNE), "list").withDeliveryId("june-list"),
                channel("june listed", juneListed));
        assertThat(junesTurn).as("June's turn waits for her reminder").isNotDone();
        platformAnswers.countDown();

        assertThat(reminders.get(30, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(juneListed.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(omarWhileJuneHeld[0]).as("Omar's reminder went out while June's was held").isTrue();
        assertThat(seen).containsExactly("reminder for omar: Company 1", "omar listed", "reminder for june: Company 1",
                "june listed");
    }

    @Test
    @DisplayName("the door's reminder loop waits in the member's queue, and queues them once however many rounds pass")
    void loopWaitsItsTurn() throws Exception {
        DueMember.logRejections(bot, store, JUNE, 1, DueMember.LOGGED);
        CountDownLatch typing = new CountDownLatch(1);
        door.later(new Member(JUNE), () -> await(typing));
        CountDownLatch sent = new CountDownLatch(1);
        try (AutoCloseable loop = door.startReminders(message -> {
            remember(message);
            sent.countDown();
        }, java.time.Duration.ofMillis(20))) {
            Thread.sleep(300); // about fifteen rounds while June's turn is under way
            assertThat(seen).as("nothing beside June's turn").isEmpty();
            typing.countDown();
            assertThat(sent.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
        }
        assertThat(seen).containsExactly("reminder for june: Company 1");
    }

    private void remember(Outbound reminder) {
        seen.add("reminder for " + reminder.member().key().substring("console:".length()) + ": " + (reminder.text().contains("Company 1") ? "Company 1"
                : reminder.text().contains("Company 2") ? "Company 2" : reminder.text()));
    }

    private ReplyChannel channel(String label, CountDownLatch answered) {
        return new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                seen.add(label);
                answered.countDown();
            }

            @Override
            public void fail(String words) {
                seen.add(label + " failed: " + words);
                answered.countDown();
            }
        };
    }

    private static void await(CountDownLatch latch) {
        await(latch, 60);
    }

    private static boolean await(CountDownLatch latch, int seconds) {
        try {
            return latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
