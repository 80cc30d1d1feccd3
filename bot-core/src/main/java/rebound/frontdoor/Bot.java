package rebound.frontdoor;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The opened bot as the front door and a platform's wiring see it: the member's turns, forms and
 * overview, due reminders, forgetting a workspace, and the few facts of the running instance a
 * platform needs (its clock, its data folder, whether instances share one database). It is a port:
 * the core's {@code rebound.Rebound} implements it, so the door's package depends on nothing deeper
 * and an adapter reaches the core only through this package (issue 19, "one door").
 */
public interface Bot {

    /**
     * One turn: the replies to send, returned once the member's new state is durable; a member
     * whose record cannot be read, or a turn that could not be saved, gets the playbook's words for
     * it and nothing changes.
     */
    List<Outbound> handle(Inbound inbound);

    /** What {@code member} sees on opening Rebound: the intake under way, a new one, or their overview. */
    List<Outbound> opened(Member member);

    /** Field errors of form {@code formId} for {@code values} (field id to error line; empty when valid); touches no state. */
    Map<String, String> checkForm(String formId, Map<String, String> values);

    /** The form a front door may show by that id (such as {@code contact}), or empty. */
    Optional<Form> form(String id);

    /** A member's rejections and upcoming follow-ups at a glance; waits for no update. */
    Outbound overview(Member member);

    /**
     * The members with a follow-up due now on the bot's clock (or a send left unmarked to settle), so the
     * door can queue each one's reminders in their own order.
     */
    List<Member> membersWithRemindersDue();

    /**
     * Sends {@code member}'s follow-ups due now through {@code messenger}, at most once each: claimed in one
     * update, handed to the messenger outside any update, marked in a second one (README, "How reminders
     * are delivered"). The door calls it in the member's order, never beside one of their turns; a record
     * that cannot be read is logged and sends nothing.
     *
     * @return how many follow-ups the platform confirmed it took (a gathered message counts each it carries)
     */
    int remind(Member member, Messenger messenger);

    /** The members whose keys start with {@code prefix} ({@code "slack:T123:"}), in key order. */
    List<Member> membersStartingWith(String prefix);

    /** Forgets {@code member} as {@code /rejected forget} does; callers order it after the member's queued work. */
    void forget(Member member);

    /** The bot's clock (a platform's own waits, such as a {@code Retry-After}, are measured on it). */
    Clock clock();

    /**
     * The front doors' own lines ({@code frontdoor.txt}, the community's copy when its playbook folder
     * has one), read anew.
     *
     * @throws rebound.playbook.PlaybookException listing every problem with its file and line
     */
    DoorWords doorWords();

    /** The instance's data folder, where a platform may keep its own small files (DMs in flight). */
    Path dataDir();

    /** Whether several instances share this bot's state (a database), so each may serve part of a platform. */
    boolean sharesState();

    /**
     * The installations of an app serving many workspaces, kept where the members are, sealed; the
     * caller closes them before the bot.
     */
    InstalledApps installations();
}
