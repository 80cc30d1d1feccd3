package rebound.frontdoor;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one turn pipeline every platform adapter calls after acknowledging the platform: the
 * member's events in arrival order, {@link Bot#handle} (committed before anything is sent),
 * then the answers through a {@link ReplyChannel}, or, when any of that fails, the playbook's
 * {@code failed} line, so a member is never left in silence ({@link MemberTurns}). It also holds the
 * product rules the adapters share: whose button it is and whether it is still understood
 * ({@link #press}, checked by {@link PressCheck}), a submitted form checked once
 * ({@link #submit(Inbound, ReplyChannel, FormErrors.Shown)}, by {@link FormCheck}), and that the intake
 * runs in the member's DM.
 */
public final class FrontDoor {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    /**
     * A member's turns waiting at most (queued or running): past it their next events are not taken, as
     * past their pace, so one member's backlog of answers stays bounded (issue 22).
     */
    public static final int MOST_WAITING = MemberRate.BURST;

    private final Bot bot;
    private final DoorWords words;
    private final MemberQueue queue;
    private final MemberTurns turns;
    private final DueReminders reminders;
    private final PressCheck presses;
    private final FormCheck forms;
    private final Forgetting forgetting;

    /**
     * A platform's door: each member at {@link MemberRate#forMembers the default pace}, on the bot's clock.
     *
     * @param executor runs the turns (one member's in order, different members' side by side)
     * @param words the front doors' own lines ({@code frontdoor.txt})
     */
    public FrontDoor(Bot bot, Executor executor, DoorWords words) {
        this(bot, executor, words, MemberRate.forMembers(bot.clock()));
    }

    /** As {@link #FrontDoor(Bot, Executor, DoorWords)}, each member's events taken at {@code rate}. */
    public FrontDoor(Bot bot, Executor executor, DoorWords words, MemberRate rate) {
        this(bot, executor, words, rate, DueReminders.senders());
    }

    /** As {@link #FrontDoor(Bot, Executor, DoorWords, MemberRate)}, each member's reminders sent on {@code reminderSends}. */
    private FrontDoor(Bot bot, Executor executor, DoorWords words, MemberRate rate, Executor reminderSends) {
        this.bot = bot;
        this.words = words;
        this.queue = new MemberQueue(executor);
        this.turns = new MemberTurns(bot, executor, queue, words, rate);
        this.reminders = new DueReminders(bot, queue, reminderSends);
        this.presses = new PressCheck(bot, words);
        this.forms = new FormCheck(bot, turns);
        this.forgetting = new Forgetting(bot, queue);
    }

    /**
     * A door that takes each turn on the caller's thread, for the terminal and JSON lines (one reader,
     * so one member's turns are in order anyway), with the front doors' words from the bot's playbook.
     *
     * @throws rebound.playbook.PlaybookException when the playbook's {@code frontdoor.txt} has problems
     */
    public static FrontDoor inline(Bot bot) {
        return new FrontDoor(bot, Runnable::run, bot.doorWords(),
                MemberRate.unlimited(), Runnable::run);
    }

    /**
     * What a member sees on opening Rebound (the terminal's start): the intake under way, a new one
     * for someone with nothing logged yet, or their overview; queued like a turn.
     */
    public CompletableFuture<Void> opened(Member member, ReplyChannel channel) {
        return turns.run(member, () -> bot.opened(member), channel);
    }

    /**
     * Every {@code every}, from now until the returned handle is closed, queues the reminders due then (on
     * the bot's clock) through {@code messenger}, as {@link #remindDue} does; a member whose reminders still
     * wait in their queue from an earlier round is not queued again.
     */
    public AutoCloseable startReminders(Messenger messenger, Duration every) {
        return reminders.every(messenger, every);
    }

    public DoorWords words() {
        return words;
    }

    /**
     * Queues one turn of the member's conversation; its answers go to {@code channel}. The returned
     * future completes once the turn is committed (or has failed), before its answers are sent: a
     * front door that can wait before acknowledging the platform ({@link #awaitDurable}) acknowledges
     * only what is on disk. An event past the member's pace ({@link MemberRate}) or past
     * {@link #MOST_WAITING} is not taken: it touches no state, the first such one is answered with the
     * {@code slow_down} line, and the future is complete at once. The rules are {@link MemberTurns}'.
     */
    public CompletableFuture<Void> turn(Inbound inbound, ReplyChannel channel) {
        return turns.turn(inbound, channel);
    }

    /**
     * Waits until {@code handled} (from {@link #turn}) completes, at most {@code max}, so the
     * platform is acknowledged after the commit; past {@code max} (the platform's ack window is
     * near) it returns anyway, and a platform retry is answered with nothing by the core.
     */
    public static void awaitDurable(CompletableFuture<Void> handled, Duration max) {
        try {
            handled.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException late) {
            LOG.warn("Acknowledging before the turn was committed ({})", late.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A submitted form, checked once, here, on the caller's thread, so a platform that answers the
     * submission itself, such as a Slack modal within its 3 seconds, has the errors at once. A valid form
     * is queued as one turn like any other (as {@link #turn}); a form with errors changes nothing, and is
     * answered in the conversation when the platform shows errors there. The rules are {@link FormCheck}'s.
     *
     * @param inbound carries an {@link Event.FormSubmit}: the form's id and the values by field id
     * @param shown   where this platform shows a form's errors
     * @return the errors, by field id in the playbook's words; empty when the form was taken
     * @throws IllegalArgumentException when {@code inbound} is not a form submission
     */
    public FormErrors submit(Inbound inbound, ReplyChannel channel, FormErrors.Shown shown) {
        return forms.take(inbound, channel, shown).errors();
    }

    /** The form a platform may show (such as {@code contact}), or empty when it has none by that id (an old button). */
    public Optional<Form> form(String id) {
        return bot.form(id);
    }

    /** A member's rejections and upcoming follow-ups at a glance, for a home tab; waits for no turn. */
    public Outbound overview(Member member) {
        return bot.overview(member);
    }

    /**
     * Queues the follow-ups due now (on the bot's clock) of each member in that member's order (issue 19):
     * after the turns already queued for them, before the ones that come later, so a reminder is rendered
     * from the state their earlier turns left and never sent beside one of their turns on this instance.
     * Each is claimed, sent through {@code messenger} outside any update, and marked: at most once each
     * (README, "How reminders are delivered"). One member's send waits only that member's queue.
     *
     * @return completes once every reminder queued has been sent and marked, with how many follow-ups the
     *     platform confirmed
     */
    public CompletableFuture<Integer> remindDue(Messenger messenger) {
        return reminders.queueDue(messenger);
    }

    /**
     * {@link #remindDue} and waits until every reminder it queued has been sent and marked.
     *
     * @return how many follow-ups the platform confirmed
     */
    public int deliverDueReminders(Messenger messenger) {
        return remindDue(messenger).join();
    }

    /** The bot's clock (a platform's own waits, such as a {@code Retry-After}, are measured on it). */
    public Clock clock() {
        return bot.clock();
    }

    /**
     * Forgets every member whose key starts with {@code prefix} ({@code "slack:T123:"}: everyone of a
     * workspace the app was uninstalled from, issue 20) as {@code /rejected forget} does, each in their
     * own order ({@link Forgetting}). The caller stops new events first (the platform's installation
     * removed). Blocks until every one is forgotten.
     *
     * @return how many members were forgotten
     * @throws IllegalStateException when one could not be forgotten (the others still are)
     */
    public int forgetAllStartingWith(String prefix) {
        return forgetting.allStartingWith(prefix);
    }

    /** Queues work that answers nothing (a home tab refresh), in the member's order. */
    public void later(Member member, Runnable work) {
        queue.submit(member, work);
    }

    /**
     * A pressed component of ours, checked here ({@link PressCheck}: refused with the {@code expired} or
     * {@code not_yours} line and nothing changes, queued as the presser's turn, or a form to open). A
     * submitted form goes to {@link #submit(Member, String, Map, String, ZoneId, Supplier)}.
     *
     * @param presser whoever pressed
     * @param id what the component carries back ({@link Press}: a button's or a menu's id, a Slack actions
     *     block's id)
     * @param picked the entries the platform reports chosen (a menu's pick, a Slack button's value; empty
     *     for a Discord button, whose action is in its id)
     * @param deliveryId the platform's id of this press (a retry of it changes nothing), or null
     * @param zone the presser's zone as the platform gives it, or null
     * @param answers where a taken press's answers go; asked for only once the press is taken, so a
     *     platform that acknowledges a turn by deferring its answer (Discord) defers only then, and
     *     answers a refusal at once instead
     * @throws IllegalArgumentException when {@code deliveryId} may not name anything kept ({@link KeyText})
     */
    public Pressed press(Member presser, String id, List<String> picked, String deliveryId, ZoneId zone,
            Supplier<ReplyChannel> answers) {
        return presses.press(presser, id, picked)
                .pressed(event -> turn(new Inbound(presser, event, deliveryId, zone), answers.get()));
    }

    /**
     * A submitted form whose id ({@link Press} of kind {@link Press.Kind#FORM}, such as a Discord modal's
     * {@code custom_id}) is checked as {@link #press} checks a press ({@link PressCheck#submitted}), then taken as
     * {@link #submit(Inbound, ReplyChannel, FormErrors.Shown)} takes it ({@code values} by field id), its
     * errors answered in the conversation with the form to open again: a form named by a press is a modal
     * that cannot be answered with errors (Discord's); {@code answers} as for {@link #press}.
     */
    public Pressed submit(Member presser, String id, Map<String, String> values, String deliveryId, ZoneId zone,
            Supplier<ReplyChannel> answers) {
        return presses.submitted(presser, id, values).pressed(event -> forms.take(
                new Inbound(presser, event, deliveryId, zone), answers.get(), FormErrors.Shown.IN_CHAT).handled());
    }

    /**
     * The line the door refuses a press with ({@code expired}, {@code not_yours}), or empty when it is the
     * presser's, without taking it: for a platform that reports a press that is no turn yet (an entry
     * picked in a Slack menu of several before its done button). The rules are {@link PressCheck}'s.
     */
    public Optional<String> refusal(Member presser, String id) {
        return presses.refusal(presser, id);
    }
}
