package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.PlannedFollowUp;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.store.Change;
import rebound.store.ForwardingStore;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.NotSaved;

/**
 * The delivery guarantee of reminders: each follow-up is sent at most once, the platform is called
 * outside the member's update, and a send the platform never confirmed (a timeout, a crash between
 * the send and its mark) is maybe delivered, never sent twice.
 */
@DisplayName("Reminders: at most once, and never under the member's lock")
class DeliveryGuaranteeTest {

    private static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Member MEMBER = new Member("console:alice");
    private static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());

    @TempDir
    Path data;
    private final List<Outbound> delivered = new CopyOnWriteArrayList<>();
    private final AtomicBoolean died = new AtomicBoolean();
    private MemberStore store;
    private Rebound bot;
    private Instant firstDue;

    /** The process dies the moment {@link #died} is set: no update commits after it. */
    private final class DyingStore extends ForwardingStore {
        DyingStore(MemberStore store) {
            super(store);
        }

        @Override
        public <R> R update(String member, Function<MemberState, Change<R>> change) {
            return store.update(member, state -> {
                Change<R> decided = change.apply(state);
                if (died.get()) {
                    throw new NotSaved("the process died before this update committed");
                }
                return decided;
            });
        }
    }

    @BeforeEach
    void logARejection() {
        store = new DyingStore(MapDbMemberStore.open(data));
        bot = new Rebound(new Settings(data, null, Clock.fixed(LOGGED, ZoneOffset.UTC)), store, PLAYBOOK);
        bot.handle(Inbound.command(MEMBER, ""));
        for (String text : List.of("Acme", "Designer", "final", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm",
                "yes")) {
            bot.handle(Inbound.text(MEMBER, text));
        }
        firstDue = upcoming().stream().map(PlannedFollowUp::due).min(Instant::compareTo).orElseThrow();
    }

    @AfterEach
    void close() {
        bot.close();
    }

    private List<PlannedFollowUp> upcoming() {
        return bot.overview(MEMBER).followups();
    }

    private void restart() {
        bot.close();
        store = MapDbMemberStore.open(data);
        bot = new Rebound(new Settings(data, null, Clock.fixed(LOGGED, ZoneOffset.UTC)), store, PLAYBOOK);
    }

    /** Polls at moments from the due time to a day after it; none may send anything. */
    private void nothingMoreUntilADayLater() {
        for (Duration after : List.of(Duration.ZERO, Duration.ofMinutes(1), FollowUp.SEND_WINDOW.plusMinutes(1),
                Duration.ofHours(2), Duration.ofDays(1))) {
            assertThat(bot.deliverDueReminders(firstDue.plus(after), delivered::add)).as("sent %s after", after)
                    .isZero();
        }
    }

    @Test
    @DisplayName("a crash between the send and its mark: the reminder is not sent again, and is kept as maybe "
            + "delivered once the send window passed")
    void crashBetweenSendAndMark() {
        bot.deliverDueReminders(firstDue, message -> {
            delivered.add(message);
            died.set(true);
        });
        assertThat(delivered).hasSize(1);
        restart();
        nothingMoreUntilADayLater();
        assertThat(delivered).as("the member got the nudge once").hasSize(1);
        assertThat(upcoming()).as("no longer upcoming").noneMatch(f -> f.due().equals(firstDue));
        assertThat(store.export(MEMBER.key())).contains("\"unconfirmed\" : true");
    }

    @Test
    @DisplayName("a platform that never answered (a read timeout): maybe delivered, never sent again")
    void timeoutIsMaybeDelivered() {
        int[] calls = {0};
        assertThat(bot.deliverDueReminders(firstDue, message -> {
            calls[0]++;
            throw new UncheckedIOException(new SocketTimeoutException("Read timed out"));
        })).isZero();
        assertThat(calls[0]).isEqualTo(1);
        nothingMoreUntilADayLater();
        assertThat(delivered).isEmpty();
        assertThat(upcoming()).noneMatch(f -> f.due().equals(firstDue));
    }

    @Test
    @DisplayName("a messenger's own 'maybe delivered' is kept the same way")
    void uncertainIsMaybeDelivered() {
        assertThat(bot.deliverDueReminders(firstDue, message -> {
            throw new Messenger.DeliveryUncertain("no answer in 10 s", null);
        })).isZero();
        nothingMoreUntilADayLater();
        assertThat(delivered).isEmpty();
    }

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    @DisplayName("while a platform holds a reminder, the member's turns go on")
    void turnsGoOnDuringASend() throws Exception {
        CountDownLatch inPlatform = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> sending = threads.submit(() -> bot.deliverDueReminders(firstDue, message -> {
                inPlatform.countDown();
                awaitQuietly(answer);
                delivered.add(message);
            }));
            assertThat(inPlatform.await(30, TimeUnit.SECONDS)).isTrue();
            Future<List<Outbound>> turn = threads.submit(() -> bot.handle(Inbound.command(MEMBER, "list")));
            assertThat(turn.get(5, TimeUnit.SECONDS)).as("the member's list, while the reminder is held")
                    .anyMatch(m -> m.text().contains("Acme"));
            answer.countDown();
            assertThat(sending.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            answer.countDown();
            threads.shutdownNow();
        }
        nothingMoreUntilADayLater();
        assertThat(delivered).hasSize(1);
    }

    @Test
    @DisplayName("a member forgotten while their reminder was being sent stays forgotten")
    void forgottenDuringASend() {
        bot.deliverDueReminders(firstDue, message -> {
            store.forget(MEMBER.key());
            delivered.add(message);
        });
        assertThat(delivered).hasSize(1);
        assertThat(store.memberCount()).isZero();
        assertThat(store.read(MEMBER.key())).isEqualTo(MemberState.empty());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
