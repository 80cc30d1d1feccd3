package rebound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.Event;
import rebound.conversation.Form;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;
import rebound.conversation.Turn;
import rebound.playbook.PlaybookBundle;
import rebound.reminder.Messenger;
import rebound.reminder.Reminders;
import rebound.script.PlaybookSource;
import rebound.store.Change;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;

/**
 * The bot every front door talks to. Each event is one {@link MemberStore#update}: the member's
 * state, one step of the conversation, and the replies only once the new state is durable, so an
 * answer the member saw accepted is always on disk.
 */
public final class Rebound implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Rebound.class);

    private final Settings settings;
    private final MemberStore store;
    private final Conversation conversation;
    private final Reminders reminders;

    public Rebound(Settings settings, MemberStore store, Conversation conversation) {
        this.settings = settings;
        this.store = store;
        this.conversation = conversation;
        this.reminders = new Reminders(store, conversation);
    }

    /** Loads and checks the playbook, then opens the MapDB file in the data directory. */
    public static Rebound open(Settings settings) {
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.withOverrides(settings.playbookDir()));
        return new Rebound(settings, MapDbMemberStore.open(settings.dataDir()), playbook.conversation());
    }

    public List<Outbound> handle(Inbound inbound) {
        return store.update(inbound.member(), state -> decide(conversation.step(state, inbound, now())));
    }

    /** What the store keeps of a turn: the new state, or nothing at all when the member asked to be forgotten. */
    private static Change<List<Outbound>> decide(Turn turn) {
        return turn.forget() ? Change.forget(turn.messages()) : Change.keep(turn.state(), turn.messages());
    }

    private Instant now() {
        return settings.clock().instant();
    }

    public int deliverDueReminders(Messenger messenger) {
        return deliverDueReminders(now(), messenger);
    }

    public int deliverDueReminders(Instant now, Messenger messenger) {
        return reminders.deliverDue(now, messenger);
    }

    /** Checks for due follow-ups every {@code every} until the returned handle is closed. */
    public AutoCloseable startReminders(Messenger messenger, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "rebound-reminders");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                deliverDueReminders(messenger);
            } catch (RuntimeException e) {
                LOG.error("Delivering reminders failed; trying again in {}", every, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }

    /** Field errors of a form before it is submitted (empty when valid); touches no state. */
    public Map<String, String> checkForm(String formId, Map<String, String> values) {
        return conversation.formErrors(formId, values);
    }

    /** The form a front door may show as a modal (such as {@code contact}), so old buttons keep working. */
    public Optional<Form> form(String id) {
        return conversation.form(id);
    }

    /**
     * What a member sees on opening Rebound (the terminal chat's start): the intake under way, or a
     * new one for someone with nothing logged yet; anyone else sees their overview and chooses.
     */
    public List<Outbound> opened(String member) {
        return store.update(member, state -> {
            if (state.rejections().isEmpty() || state.intake() != null) {
                return decide(conversation.step(state, new Inbound(member, new Event.Command("rejected", ""), null),
                        now()));
            }
            return Change.keep(state, List.of(conversation.overview(member, state)));
        });
    }

    /** A member's rejections and upcoming follow-ups at a glance (for a home tab); waits for no update. */
    public Outbound overview(String member) {
        return conversation.overview(member, store.read(member));
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        store.close();
    }
}
