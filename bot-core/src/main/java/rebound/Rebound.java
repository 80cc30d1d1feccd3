package rebound;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.Event;
import rebound.conversation.Form;
import rebound.conversation.Inbound;
import rebound.conversation.MemberState;
import rebound.conversation.Outbound;
import rebound.conversation.Turn;
import rebound.playbook.PlaybookBundle;
import rebound.reminder.Messenger;
import rebound.reminder.Reminders;
import rebound.script.PlaybookSource;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.StateJson;

/**
 * The bot every front door talks to. Each event: lock that member, load, step, save, commit, and
 * only then return the replies, so an answer the member saw accepted is always on disk.
 */
public final class Rebound implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Rebound.class);

    private final Settings settings;
    private final MemberStore store;
    private final Conversation conversation;
    private final MemberLocks locks = new MemberLocks(1024);
    private final Reminders reminders;
    /** Turns between loading and saving right now: a commit lets them join it (group commit). */
    private final AtomicInteger writing = new AtomicInteger();

    public Rebound(Settings settings, MemberStore store, Conversation conversation) {
        this.settings = settings;
        this.store = store;
        this.conversation = conversation;
        this.reminders = new Reminders(store, locks::of, conversation);
    }

    /** Loads and checks the playbook, then opens the MapDB file in the data directory. */
    public static Rebound open(Settings settings) {
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.withOverrides(settings.playbookDir()));
        return new Rebound(settings, MapDbMemberStore.open(settings.dataDir()), new Conversation(playbook));
    }

    public List<Outbound> handle(Inbound inbound) {
        ReentrantLock lock = locks.of(inbound.member());
        lock.lock();
        try {
            Turn turn;
            boolean changed = true;
            writing.incrementAndGet();
            try {
                MemberState state = store.load(inbound.member());
                turn = conversation.step(state, inbound, settings.clock().instant());
                if (turn.forget()) {
                    store.delete(inbound.member());
                } else if (!turn.state().equals(state)) {
                    store.save(inbound.member(), turn.state());
                } else {
                    changed = false;
                }
            } finally {
                writing.decrementAndGet();
            }
            if (changed) {
                store.commit(writing::get);
            }
            return turn.replies(StateJson::pretty);
        } finally {
            lock.unlock();
        }
    }

    public int deliverDueReminders(Messenger messenger) {
        return deliverDueReminders(settings.clock().instant(), messenger);
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
        ReentrantLock lock = locks.of(member);
        lock.lock();
        try {
            MemberState state = store.load(member);
            if (state.rejections().isEmpty() || state.intake() != null) {
                return handle(new Inbound(member, new Event.Command("rejected", ""), null));
            }
            return List.of(conversation.overview(member, state));
        } finally {
            lock.unlock();
        }
    }

    /** A member's rejections and upcoming follow-ups at a glance (for a home tab). */
    public Outbound overview(String member) {
        ReentrantLock lock = locks.of(member);
        lock.lock();
        try {
            return conversation.overview(member, store.load(member));
        } finally {
            lock.unlock();
        }
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        store.close();
    }
}
