package rebound;

import rebound.frontdoor.Member;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Conversation;
import rebound.conversation.Turn;
import rebound.frontdoor.Bot;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Event;
import rebound.frontdoor.Form;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Messenger;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.reminder.Reminders;
import rebound.store.Change;
import rebound.store.InstallationFile;
import rebound.store.Installations;
import rebound.store.MapDbMemberStore;
import rebound.store.MemberStore;
import rebound.store.NotSaved;
import rebound.store.StateJson;
import rebound.store.UnreadableMember;
import rebound.store.postgres.PostgresMemberStore;
import rebound.text.LogName;
import rebound.words.Words;

/**
 * The bot every front door talks to. Each event is one {@link MemberStore#update}: the member's
 * state, one step of the conversation, and the replies only once the new state is durable, so an
 * answer the member saw accepted is always on disk.
 */
public final class Rebound implements Bot, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Rebound.class);

    /** The words.txt lines the facade itself says: when a member's record cannot be read or saved. */
    public static final List<String> WORDS = List.of("store_unreadable", "store_not_saved");

    private final Settings settings;
    private final MemberStore store;
    private final Conversation conversation;
    private final Words words;
    private final Reminders reminders;
    /**
     * What members whose stored record cannot be read said lately, kept in memory only: enough for
     * them to answer the forget question. Their record is never overwritten.
     */
    private final Cache<String, MemberState> unreadable = Caffeine.newBuilder().maximumSize(1_000).build();

    /**
     * The bot over {@code store}, speaking with {@code playbook}'s words.
     *
     * @throws IllegalStateException when the playbook's words.txt lacks a line in {@link #WORDS}
     */
    public Rebound(Settings settings, MemberStore store, PlaybookBundle playbook) {
        for (String key : WORDS) {
            playbook.words().say(key);
        }
        this.settings = settings;
        this.store = store;
        this.conversation = new Conversation(playbook);
        this.words = playbook.words();
        this.reminders = new Reminders(store, conversation);
    }

    /**
     * Loads and checks the playbook, then opens the store: PostgreSQL when the settings name a
     * database, else the MapDB file in the data directory.
     *
     * @throws rebound.store.postgres.DatabaseUnusable when the database cannot be used (one line to show)
     */
    public static Rebound open(Settings settings) {
        PlaybookBundle playbook = PlaybookBundle.load(PlaybookSource.withOverrides(settings.playbookDir()));
        return new Rebound(settings, openStore(settings), playbook);
    }

    /** The store the settings name: PostgreSQL when they have a database, else MapDB in the data directory. */
    public static MemberStore openStore(Settings settings) {
        return settings.database() != null ? PostgresMemberStore.open(settings.database(), settings.keyFolder())
                : MapDbMemberStore.open(settings.dataDir());
    }

    /**
     * One turn: the replies to send, returned once the member's new state is durable. A member whose
     * record cannot be read gets the {@code store_unreadable} words and nothing of theirs changes,
     * except that they can still be forgotten; a turn the store could not save gets the
     * {@code store_not_saved} words, and nothing changed.
     */
    @Override
    public List<Outbound> handle(Inbound inbound) {
        long start = System.nanoTime();
        String outcome = "saved";
        try {
            return store.update(inbound.member().key(), state -> decide(conversation.step(state, inbound, now())));
        } catch (UnreadableMember e) {
            outcome = "unreadable";
            return unreadable(inbound, e);
        } catch (NotSaved e) {
            outcome = "not_saved";
            return notSaved(inbound.member(), e);
        } catch (RuntimeException e) {
            outcome = "failed";
            throw e;
        } finally {
            TurnMeter.record(outcome, System.nanoTime() - start);
        }
    }

    private List<Outbound> notSaved(Member member, NotSaved e) {
        LOG.error("A turn of {} was not saved and changed nothing: {}", member.logName(),
                e.getCause() == null ? e.getMessage() : e.getMessage() + " (" + e.getCause() + ")");
        return List.of(Outbound.say(member, words.say("store_not_saved")));
    }

    private List<Outbound> unreadable(Inbound inbound, UnreadableMember e) {
        Member member = inbound.member();
        LOG.error("The stored record of {} cannot be read; their turns change nothing until they forget ({})",
                member.logName(), cause(e));
        MemberState before = unreadable.get(member.key(), key -> MemberState.empty());
        Turn turn = conversation.step(before, inbound, now());
        if (turn.forget()) {
            store.forget(member.key());
            unreadable.invalidate(member.key());
            return turn.replies(StateJson::pretty);
        }
        if (!turn.state().awaiting().isEmpty()) { // the forget question: its answer is kept in memory
            unreadable.put(member.key(), turn.state());
            return turn.messages();
        }
        return List.of(Outbound.say(member, words.say("store_unreadable")));
    }

    /** What the store keeps of a turn: the new state, or nothing at all when the member asked to be forgotten. */
    private static Change<List<Outbound>> decide(Turn turn) {
        List<Outbound> replies = turn.replies(StateJson::pretty);
        return turn.forget() ? Change.forget(replies) : Change.keep(turn.state(), replies);
    }

    private Instant now() {
        return settings.clock().instant();
    }

    @Override
    public List<Member> membersWithRemindersDue() {
        return reminders.membersDue(now());
    }

    @Override
    public int remind(Member member, Messenger messenger) {
        return reminders.deliverTo(member, now(), messenger);
    }

    /**
     * Every member's due follow-ups at {@code now}, one member after another, outside any front door: the
     * reminder rules' own tests' way in (they move time by the argument). A running bot's reminders go
     * through {@link rebound.frontdoor.FrontDoor#startReminders}, in each member's order (issue 19);
     * {@code ArchitectureTest} keeps every other caller out.
     *
     * @return how many follow-ups the platform confirmed it took
     */
    public int deliverDueReminders(Instant now, Messenger messenger) {
        return reminders.deliverDue(now, messenger);
    }

    /**
     * Whether the store answers now (for a readiness probe).
     *
     * @throws RuntimeException when it does not, naming why
     */
    public void checkStore() {
        store.check();
    }

    /** How many members the store keeps (for the metrics). */
    public long memberCount() {
        return store.memberCount();
    }

    /** Field errors of a form before it is submitted (empty when valid); touches no state. */
    @Override
    public Map<String, String> checkForm(String formId, Map<String, String> values) {
        return conversation.formErrors(formId, values);
    }

    /** The form a front door may show as a modal (such as {@code contact}), so old buttons keep working. */
    @Override
    public Optional<Form> form(String id) {
        return conversation.form(id);
    }

    /**
     * What a member sees on opening Rebound (the terminal chat's start): the intake under way, or a
     * new one for someone with nothing logged yet; anyone else sees their overview and chooses.
     */
    @Override
    public List<Outbound> opened(Member member) {
        Inbound start = new Inbound(member, new Event.Command(""), null);
        try {
            return store.update(member.key(), state -> {
                if (state.rejections().isEmpty() || state.intake() != null) {
                    return decide(conversation.step(state, start, now()));
                }
                return Change.keep(state, List.of(conversation.overview(member, state)));
            });
        } catch (UnreadableMember e) {
            return unreadable(start, e);
        } catch (NotSaved e) {
            return notSaved(member, e);
        }
    }

    private static String cause(UnreadableMember e) {
        return e.getCause() == null ? e.toString() : e.getCause().toString();
    }

    /** A member's rejections and upcoming follow-ups at a glance (for a home tab); waits for no update. */
    @Override
    public Outbound overview(Member member) {
        try {
            return conversation.overview(member, store.read(member.key()));
        } catch (UnreadableMember e) {
            LOG.error("The stored record of {} cannot be read; showing no overview ({})", member.logName(), cause(e));
            return Outbound.say(member, words.say("store_unreadable"));
        }
    }

    @Override
    public Clock clock() {
        return settings.clock();
    }

    @Override
    public DoorWords doorWords() {
        return DoorWords.load(PlaybookSource.withOverrides(settings.playbookDir()));
    }

    @Override
    public Path dataDir() {
        return settings.dataDir();
    }

    @Override
    public boolean sharesState() {
        return settings.sharesState();
    }

    /**
     * The members whose keys start with {@code prefix} ({@code "slack:T123:"}: one Slack workspace), in
     * key order, as the store lists them.
     */
    @Override
    public List<Member> membersStartingWith(String prefix) {
        return Member.allKept(store.membersStartingWith(prefix));
    }

    /**
     * Forgets {@code member} as {@code /rejected forget} does: their state and their key erased. A
     * record that cannot be read is erased all the same. Callers that serve members order it after the
     * member's queued work ({@link rebound.frontdoor.FrontDoor#forgetAllStartingWith}).
     */
    @Override
    public void forget(Member member) {
        try {
            store.update(member.key(), state -> Change.forget(null));
        } catch (UnreadableMember e) {
            store.forget(member.key());
        }
        unreadable.invalidate(member.key());
    }

    /**
     * The installations of an app serving many workspaces, kept where the members are: the database's
     * table, or a sealed file of the data directory ({@link InstallationFile}). The caller closes them.
     */
    @Override
    public Installations installations() {
        if (store instanceof PostgresMemberStore database) {
            return database.installations();
        }
        return InstallationFile.open(settings.dataDir());
    }

    @Override
    public void close() {
        store.close();
    }
}
