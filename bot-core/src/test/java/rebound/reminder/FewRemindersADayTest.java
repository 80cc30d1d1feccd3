package rebound.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.Dialogue;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.store.Change;
import rebound.store.ForwardingStore;
import rebound.store.InMemoryMemberStore;
import rebound.store.MemberStore;
import rebound.store.NotSaved;

/**
 * Issue 22, limits that protect everyone: a member with 500 due rejections once got 1,008 reminder DMs in
 * 78 s. Now a member gets at most three reminder messages in a day of theirs (plan.txt's
 * {@code reminders a day: 3}): the two most pressing in full, and one that gathers the rest, each named
 * briefly, their drafts one tap away. The gathered follow-ups are delivered with it, once.
 */
@DisplayName("A few reminders a day: the rest gathered into one message")
class FewRemindersADayTest {

    /** Tuesday 24 November 2026, 09:00 in the member's zone (UTC: none was given). */
    private static final Instant MORNING = Instant.parse("2026-11-24T09:00:00Z");

    private final AtomicBoolean died = new AtomicBoolean();
    private final MemberStore memory = new InMemoryMemberStore();
    /** The process dies the moment {@link #died} is set: no update commits after it. */
    private final MemberStore store = new ForwardingStore(memory) {
        @Override
        public <R> R update(String member, Function<MemberState, Change<R>> change) {
            return memory.update(member, state -> {
                Change<R> decided = change.apply(state);
                if (died.get()) {
                    throw new NotSaved("the process died before this update committed");
                }
                return decided;
            });
        }
    };
    private final Rebound bot = DueMember.bot(store);
    private final List<Outbound> sent = new ArrayList<>();

    @AfterEach
    void close() {
        bot.close();
    }

    private Map<String, String> standing() {
        return DueMember.standing(memory.read(DueMember.MEMBER.key()));
    }

    private long count(String status) {
        return standing().values().stream().filter(status::equals).count();
    }

    /** Runs the reminders every 10 minutes from {@code from} for {@code hours} hours; returns how many messages went out. */
    private int pollFor(Instant from, int hours) {
        return pollFor(from, hours, Duration.ofMinutes(10));
    }

    /** Runs the reminders every {@code step} from {@code from} for {@code hours} hours; returns how many messages went out. */
    private int pollFor(Instant from, int hours, Duration step) {
        int before = sent.size();
        for (Instant at = from; at.isBefore(from.plus(Duration.ofHours(hours))); at = at.plus(step)) {
            bot.deliverDueReminders(at, sent::add);
        }
        return sent.size() - before;
    }

    private static Outbound gathered(List<Outbound> messages) {
        return messages.stream().filter(m -> m.drafts().isEmpty()).findFirst().orElseThrow();
    }


    @Test
    @DisplayName("500 due rejections make 3 messages that day, not 1,008: two in full, one gathering 498")
    void fiveHundredDue() {
        DueMember.logRejections(bot, store, 500, MORNING);
        assertThat(count("pending")).isEqualTo(500);

        assertThat(pollFor(MORNING, 15)).as("messages on Tuesday").isEqualTo(3);

        assertThat(sent).allSatisfy(m -> assertThat(m.reminder()).isTrue());
        assertThat(sent.stream().filter(m -> !m.drafts().isEmpty())).as("in full, with a draft each").hasSize(2);
        Outbound gathered = gathered(sent);
        assertThat(gathered.text()).startsWith("498 more follow-ups are due today.")
                .contains("- *Company 3*: a status question, to Lena Ortiz")
                .contains("- *Company 10*: a status question, to Lena Ortiz")
                .doesNotContain("Company 11*").endsWith("- and 490 more");
        assertThat(gathered.text().lines()).as("one glance on a phone").hasSize(10);
        assertThat(count("delivered")).as("nothing lost: every one delivered, none left behind").isEqualTo(500);
        assertThat(pollFor(MORNING.plus(Duration.ofHours(15)), 48)).as("none comes again").isZero();
    }

    @Test
    @DisplayName("12 due, read on a phone: 2 drafts, then 10 named in one message, each draft one tap away")
    void twelveDue() {
        DueMember.logRejections(bot, store, 12, MORNING);
        assertThat(bot.deliverDueReminders(MORNING, sent::add)).as("follow-ups delivered").isEqualTo(12);
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0).text()).as("the most pressing, in full").contains("*Company 1*");
        assertThat(sent.get(0).drafts()).singleElement().satisfies(d -> assertThat(d.to()).isEqualTo("Lena Ortiz"));
        assertThat(sent.get(1).text()).contains("*Company 2*");
        assertThat(sent.get(1).drafts()).hasSize(1);
        Outbound gathered = sent.get(2);
        assertThat(gathered.text().lines()).containsExactly(
                "10 more follow-ups are due today. No need to do them all at once: here they are in short, and each "
                        + "draft is one tap away whenever you have a moment.",
                "- *Company 3*: a status question, to Lena Ortiz", "- *Company 4*: a status question, to Lena Ortiz",
                "- *Company 5*: a status question, to Lena Ortiz", "- *Company 6*: a status question, to Lena Ortiz",
                "- *Company 7*: a status question, to Lena Ortiz", "- *Company 8*: a status question, to Lena Ortiz",
                "- *Company 9*: a status question, to Lena Ortiz", "- *Company 10*: a status question, to Lena Ortiz",
                "- and 2 more");
        assertThat(gathered.drafts()).isEmpty();

        // each one shown in full, as its own reminder would have read, with the way to the next
        String next = Dialogue.actionOf(gathered, "show");
        for (int i = 3; i <= 12; i++) {
            List<Outbound> shown = bot.handle(Inbound.action(new Member(DueMember.MEMBER.key()), next));
            Outbound full = shown.get(0);
            assertThat(full.text()).contains("*Company " + i + "*");
            assertThat(full.drafts()).hasSize(1);
            assertThat(full.choices()).extracting(Choice::value).contains("snooze", "stop");
            if (i < 12) {
                assertThat(full.choices()).extracting(Choice::label)
                        .contains("Show the next one (" + (12 - i) + " left)");
                next = Dialogue.actionOf(full, "next");
            } else {
                assertThat(full.choices()).extracting(Choice::value).doesNotContain("next");
                assertThat(shown.get(1).text()).startsWith("That was the last one from the list.");
            }
        }
        assertThat(pollFor(MORNING.plusSeconds(60), 24)).as("none of the 12 comes again").isZero();
    }

    @Test
    @DisplayName("a gathered follow-up snoozed from its shown reminder comes back in full a week later; a gone one is a stale button")
    void snoozeOneShown() {
        DueMember.logRejections(bot, store, 5, MORNING);
        bot.deliverDueReminders(MORNING, sent::add);
        Outbound shown = bot.handle(Inbound.action(new Member(DueMember.MEMBER.key()), Dialogue.actionOf(gathered(sent), "show"))).get(0);
        assertThat(shown.text()).contains("*Company 3*");
        bot.handle(Inbound.action(new Member(DueMember.MEMBER.key()), Dialogue.actionOf(shown, "snooze")));
        assertThat(count("pending")).isEqualTo(1);

        assertThat(pollFor(MORNING.plus(Duration.ofDays(7)), 24)).as("a week later").isEqualTo(1);
        assertThat(sent.get(3).text()).contains("*Company 3*");
        assertThat(sent.get(3).drafts()).hasSize(1);

        List<Outbound> gone = bot.handle(Inbound.action(new Member(DueMember.MEMBER.key()), "followup:r999:r999-f1:show"));
        assertThat(gone.get(0).text()).isEqualTo(DueMember.PLAYBOOK.words().say("stale_button"));
    }

    @Test
    @DisplayName("grammatical for one and for many: '- and 1 more'")
    void oneMore() {
        DueMember.logRejections(bot, store, 11, MORNING);
        bot.deliverDueReminders(MORNING, sent::add);
        assertThat(gathered(sent).text()).startsWith("9 more follow-ups are due today.").endsWith("\n- and 1 more");
    }

    @Test
    @DisplayName("three due fit the day: each in full, nothing gathered")
    void threeInFull() {
        DueMember.logRejections(bot, store, 3, MORNING);
        bot.deliverDueReminders(MORNING, sent::add);
        assertThat(sent).hasSize(3).allSatisfy(m -> assertThat(m.drafts()).hasSize(1));
    }

    @Test
    @DisplayName("a follow-up due once the day's three are spent waits for the next morning, then comes")
    void nextMorning() {
        DueMember.logRejections(bot, store, 6, MORNING);
        bot.deliverDueReminders(MORNING, sent::add);
        assertThat(sent).hasSize(3);
        Instant afternoon = MORNING.plus(Duration.ofHours(6));
        memory.update(DueMember.MEMBER.key(), state -> Change.keep(state.changeRejection(state.rejections().get(0).id(),
                r -> r.withFollowUp(r.followUps().get(1).id(), f -> f.movedTo(afternoon))), null));

        assertThat(pollFor(afternoon, 9)).as("messages that afternoon").isZero();
        assertThat(memory.read(DueMember.MEMBER.key()).rejections().get(0).followUps().get(1).due())
                .isEqualTo(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(pollFor(Instant.parse("2026-11-25T09:00:00Z"), 24)).as("on Wednesday").isEqualTo(1);
        assertThat(sent.get(3).drafts()).hasSize(1);
    }

    @Test
    @DisplayName("a year of 40 plans: never more than 3 messages a day, each follow-up reminded once, none left behind")
    void aYear() {
        DueMember.logPlans(bot, 40);
        long planned = standing().values().stream().filter("pending"::equals).count();
        assertThat(planned).isGreaterThan(80);
        Instant end = MORNING.plus(Duration.ofDays(400));
        for (Instant day = MORNING.minus(Duration.ofHours(1)); day.isBefore(end); day = day.plus(Duration.ofDays(1))) {
            assertThat(pollFor(day, 24, Duration.ofHours(1))).as("messages in the day from %s", day).isLessThanOrEqualTo(3);
        }
        MemberState state = memory.read(DueMember.MEMBER.key());
        assertThat(state.rejections().stream().flatMap(r -> r.followUps().stream()))
                .as("nothing left behind").noneMatch(f -> f.isPending() && f.due().isBefore(end));
        long reminded = state.rejections().stream().flatMap(r -> r.history().stream())
                .filter(h -> h.what().startsWith("reminder:")).count();
        long delivered = state.rejections().stream().flatMap(r -> r.followUps().stream())
                .filter(f -> f.status() == FollowUp.Status.DELIVERED && f.deliveredAt() != null).count();
        assertThat(reminded).as("one history entry per delivered follow-up: none twice").isEqualTo(delivered)
                .isGreaterThanOrEqualTo(planned);
        assertThat(sent.size()).as("messages in all").isLessThan((int) reminded);
    }

    @Test
    @DisplayName("the day is the member's: in Auckland, 23:00 Monday and 09:00 Tuesday are two days, though one in UTC")
    void theirDay() {
        Instant mondayNight = Instant.parse("2026-11-23T10:00:00Z"); // 23:00 Monday in Auckland (UTC+13)
        Instant tuesdayMorning = Instant.parse("2026-11-23T20:00:00Z"); // 09:00 Tuesday there, still Monday in UTC
        DueMember.logRejections(bot, store, 6, mondayNight);
        memory.update(DueMember.MEMBER.key(), state -> Change.keep(state.withZone(ZoneId.of("Pacific/Auckland")), null));
        bot.deliverDueReminders(mondayNight, sent::add);
        assertThat(sent).hasSize(3);
        memory.update(DueMember.MEMBER.key(), state -> Change.keep(state.changeRejection(state.rejections().get(0).id(),
                r -> r.withFollowUp(r.followUps().get(1).id(), f -> f.movedTo(tuesdayMorning))), null));

        assertThat(pollFor(mondayNight.plusSeconds(60), 9)).as("later on Monday night").isZero();
        assertThat(bot.deliverDueReminders(tuesdayMorning, sent::add)).as("on their Tuesday").isEqualTo(1);
    }

    @Test
    @DisplayName("a refused gathered message: its follow-ups stay pending, are tried again later, and come once")
    void refusedGathered() {
        DueMember.logRejections(bot, store, 12, MORNING);
        int[] refusals = {0};
        bot.deliverDueReminders(MORNING, message -> {
            if (message.drafts().isEmpty()) {
                refusals[0]++;
                throw new Messenger.DeliveryRefused("DMs closed", 0);
            }
            sent.add(message);
        });
        assertThat(refusals[0]).isEqualTo(1);
        assertThat(count("pending")).isEqualTo(10);
        assertThat(bot.deliverDueReminders(MORNING.plusSeconds(60), sent::add)).as("not in a loop").isZero();

        assertThat(pollFor(MORNING.plus(Duration.ofHours(1)), 24)).as("the retry, the day's third message").isEqualTo(1);
        assertThat(gathered(sent).text()).startsWith("10 more follow-ups are due today.");
        assertThat(count("delivered")).isEqualTo(12);
    }

    @Test
    @DisplayName("a crash between the gathered send and its mark: none of its follow-ups is sent again")
    void crashAfterGatheredSend() {
        DueMember.logRejections(bot, store, 12, MORNING);
        bot.deliverDueReminders(MORNING, message -> {
            sent.add(message);
            if (message.drafts().isEmpty()) {
                died.set(true);
            }
        });
        assertThat(sent).hasSize(3);
        died.set(false); // started again

        assertThat(pollFor(MORNING.plusSeconds(60), 72)).as("sent again").isZero();
        assertThat(count("delivered")).as("maybe delivered once the send window passed").isEqualTo(12);
        assertThat(memory.read(DueMember.MEMBER.key()).rejections().stream().flatMap(r -> r.followUps().stream())
                .filter(FollowUp::unconfirmed)).hasSize(10);
    }
}
