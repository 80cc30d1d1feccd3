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
 * {@code failed} line, so a member is never left in silence. It also holds the product rules the
 * adapters share: whose button it is and whether it is still understood ({@link #press}), and that the
 * intake runs in the member's DM.
 */
public final class FrontDoor {

    private static final Logger LOG = LoggerFactory.getLogger(FrontDoor.class);

    /**
     * A member's turns waiting at most (queued or running): past it their next events are not taken, as
     * past their pace, so one member's backlog of answers stays bounded (issue 22).
     */
    public static final int MOST_WAITING = MemberRate.BURST;

    private final Bot bot;
    private final Executor executor;
    private final MemberQueue queue;
    private final DoorWords words;
    private final MemberRate rate;
    private final DueReminders reminders;

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
        this.executor = executor;
        this.queue = new MemberQueue(executor);
        this.words = words;
        this.rate = rate;
        this.reminders = new DueReminders(bot, queue, reminderSends);
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
        return run(member, () -> bot.opened(member), channel);
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
     * {@code slow_down} line, and the future is complete at once.
     */
    public CompletableFuture<Void> turn(Inbound inbound, ReplyChannel channel) {
        if (!taken(inbound.member(), channel)) {
            return CompletableFuture.completedFuture(null);
        }
        return run(inbound.member(), () -> bot.handle(inbound), channel);
    }

    /** Whether the member's event is within their pace; when it is the first past it, they are told. */
    private boolean taken(Member member, ReplyChannel channel) {
        MemberRate.Pace pace = rate.take(member, queue.pending(member) >= MOST_WAITING);
        if (pace == MemberRate.Pace.SLOW_DOWN) {
            LOG.info("{} sent more than their pace; the events past it are set aside, and they are told once",
                    member.logName());
            // not in the member's queue: that queue is what is full
            executor.execute(() -> {
                try {
                    channel.send(List.of(Outbound.say(member, words.say("slow_down"))));
                } catch (Exception e) {
                    LOG.warn("Telling {} to slow down failed ({})", member.logName(), e.toString());
                }
            });
        }
        return pace == MemberRate.Pace.TAKEN;
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
     * A submitted form, checked once, here, on the caller's thread ({@link Bot#checkForm} touches no
     * state, so a platform that answers the submission itself, such as a Slack modal within its 3
     * seconds, has the errors at once). A valid form is queued as one turn like any other (the
     * member's pace and order, as {@link #turn}); a form with errors changes nothing, and when the
     * platform shows errors {@linkplain FormErrors.Shown#IN_CHAT in the conversation} the member is
     * answered, in their order, with one message listing them, one a line, and the form to fill in again.
     *
     * @param inbound carries an {@link Event.FormSubmit}: the form's id and the values by field id
     * @param shown   where this platform shows a form's errors
     * @return the errors, by field id in the playbook's words; empty when the form was taken
     * @throws IllegalArgumentException when {@code inbound} is not a form submission
     */
    public FormErrors submit(Inbound inbound, ReplyChannel channel, FormErrors.Shown shown) {
        return take(inbound, channel, shown).errors();
    }

    /** A form checked and taken (or answered with its errors): its errors, and when what was queued is done. */
    private record Submission(FormErrors errors, CompletableFuture<Void> handled) {
    }

    private Submission take(Inbound inbound, ReplyChannel channel, FormErrors.Shown shown) {
        if (!(inbound.event() instanceof Event.FormSubmit submitted)) {
            throw new IllegalArgumentException("not a form submission: " + inbound.event());
        }
        FormErrors errors = new FormErrors(submitted.form(), bot.checkForm(submitted.form(), submitted.values()));
        if (errors.isEmpty()) {
            return new Submission(errors, turn(inbound, channel));
        }
        if (shown == FormErrors.Shown.IN_CHAT && taken(inbound.member(), channel)) {
            return new Submission(errors, run(inbound.member(), () -> List.of(inChat(inbound.member(), errors)), channel));
        }
        return new Submission(errors, CompletableFuture.completedFuture(null));
    }

    /** One message listing a form's errors, one per line, with the form to fill in again when there is one. */
    private Outbound inChat(Member member, FormErrors errors) {
        StringBuilder text = new StringBuilder();
        errors.byField().values().forEach(error -> text.append("- ").append(error).append('\n'));
        Outbound message = Outbound.say(member, text.toString().strip());
        return bot.form(errors.form()).map(form -> new Outbound(member, message.text(), null, List.of(), false,
                List.of(), List.of(), false, form)).orElse(message);
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

    /** Queues other work for the member (its answers go to {@code channel}), under the same rules. */
    private CompletableFuture<Void> run(Member member, Supplier<List<Outbound>> work, ReplyChannel channel) {
        CompletableFuture<Void> handled = new CompletableFuture<>();
        queue.submit(member, () -> {
            try {
                List<Outbound> answers;
                try {
                    answers = work.get();
                } finally {
                    handled.complete(null);
                }
                channel.send(answers);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (Exception | Error e) { // MapDB reports a closed store as an Error: still answered
                LOG.error("A turn of {} failed; telling the member", member.logName(), e);
                try {
                    channel.fail(words.say("failed"));
                } catch (Exception unreachable) {
                    LOG.error("Telling {} that the turn failed failed too", member.logName(), unreachable);
                }
            }
        });
        return handled;
    }

    /**
     * Forgets every member whose key starts with {@code prefix} ({@code "slack:T123:"}: everyone of a
     * workspace the app was uninstalled from, issue 20) as {@code /rejected forget} does, each in their
     * own order: after the turns already queued for them, so a turn taken before the uninstall cannot
     * write the member back after they were forgotten (a member whose first turn is still queued is
     * forgotten after it too). The caller stops new events first (the platform's installation
     * removed). Blocks until every one is forgotten.
     *
     * @return how many members were forgotten
     * @throws IllegalStateException when one could not be forgotten (the others still are)
     */
    public int forgetAllStartingWith(String prefix) {
        java.util.SortedSet<Member> members = new java.util.TreeSet<>(java.util.Comparator.comparing(Member::key));
        members.addAll(bot.membersStartingWith(prefix));
        members.addAll(queue.busyStartingWith(prefix));
        List<CompletableFuture<Void>> forgotten = new java.util.ArrayList<>();
        for (Member member : members) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            queue.submit(member, () -> {
                try {
                    bot.forget(member);
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            });
            forgotten.add(done);
        }
        try {
            CompletableFuture.allOf(forgotten.toArray(CompletableFuture[]::new)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new IllegalStateException("not every member starting with the prefix could be forgotten",
                    e.getCause());
        }
        return members.size();
    }

    /** Queues work that answers nothing (a home tab refresh), in the member's order. */
    public void later(Member member, Runnable work) {
        queue.submit(member, work);
    }

    /**
     * A pressed component of ours: {@code id} is what it carries back ({@link Press}: a button's or a
     * menu's id, a Slack actions block's id), {@code picked} the entries the platform reports chosen (a
     * menu's pick, a Slack button's value; empty for a Discord button, whose action is in its id). The
     * door checks the press here: an id it cannot read (malformed, forged, a short code of before issue
     * 19) is refused with the {@code expired} line, one of another member's with {@code not_yours}, and
     * nothing changes. A choice is queued as the presser's turn (the action its payload, or the entry
     * picked from a menu), a menu of several as one text of the entries picked, a form button answers
     * the form to open (refused as expired when the core has none by that id). A submitted form goes
     * to {@link #submit(Member, String, Map, String, ZoneId, Supplier)}.
     *
     * @param presser whoever pressed
     * @param deliveryId the platform's id of this press (a retry of it changes nothing), or null
     * @param zone the presser's zone as the platform gives it, or null
     * @param answers where a taken press's answers go; asked for only once the press is taken, so a
     *     platform that acknowledges a turn by deferring its answer (Discord) defers only then, and
     *     answers a refusal at once instead
     * @throws IllegalArgumentException when {@code deliveryId} may not name anything kept ({@link KeyText})
     */
    public Pressed press(Member presser, String id, List<String> picked, String deliveryId, ZoneId zone,
            Supplier<ReplyChannel> answers) {
        Optional<Press> press = Press.read(id);
        Optional<String> refusal = refusal(press, presser);
        if (refusal.isPresent()) {
            return new Pressed.Refused(refusal.get());
        }
        Press owned = press.get();
        Event event = switch (owned.kind()) {
            case CHOICE -> new Event.Action(picked.isEmpty() ? owned.payload() : picked.get(0));
            case SEVERAL -> new Event.Text(String.join(", ", picked));
            case OPEN_FORM, FORM -> null;
        };
        if (event == null) {
            Optional<Form> form = owned.kind() == Press.Kind.OPEN_FORM ? bot.form(owned.payload()) : Optional.empty();
            return form.<Pressed>map(Pressed.OpensForm::new).orElseGet(() -> new Pressed.Refused(words.say("expired")));
        }
        return new Pressed.Taken(turn(new Inbound(presser, event, deliveryId, zone), answers.get()));
    }

    /**
     * A submitted form whose id ({@link Press} of kind {@link Press.Kind#FORM}, such as a Discord modal's
     * {@code custom_id}) is checked as {@link #press} checks a press, then taken as
     * {@link #submit(Inbound, ReplyChannel, FormErrors.Shown)} takes it ({@code values} by field id), its
     * errors answered in the conversation with the form to open again: a form named by a press is a modal
     * that cannot be answered with errors (Discord's); {@code answers} as for {@link #press}.
     */
    public Pressed submit(Member presser, String id, Map<String, String> values, String deliveryId, ZoneId zone,
            Supplier<ReplyChannel> answers) {
        Optional<Press> press = Press.read(id).filter(p -> p.kind() == Press.Kind.FORM);
        Optional<String> refusal = refusal(press, presser);
        if (refusal.isPresent()) {
            return new Pressed.Refused(refusal.get());
        }
        Inbound inbound = new Inbound(presser, new Event.FormSubmit(press.get().payload(), values), deliveryId, zone);
        return new Pressed.Taken(take(inbound, answers.get(), FormErrors.Shown.IN_CHAT).handled());
    }

    /**
     * The line the door refuses a press with ({@code expired}, {@code not_yours}), or empty when it is the
     * presser's, without taking it: for a platform that reports a press that is no turn yet (an entry
     * picked in a Slack menu of several before its done button).
     */
    public Optional<String> refusal(Member presser, String id) {
        return refusal(Press.read(id), presser);
    }

    /** The line refusing a press that was not read ({@code expired}) or is not the presser's ({@code not_yours}). */
    private Optional<String> refusal(Optional<Press> press, Member presser) {
        if (press.isEmpty()) {
            return Optional.of(words.say("expired"));
        }
        return press.get().ownedBy(presser) ? Optional.empty() : Optional.of(words.say("not_yours"));
    }
}
