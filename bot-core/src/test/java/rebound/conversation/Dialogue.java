package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.frontdoor.Member;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.store.StateJson;

/**
 * A conversation test that reads as dialogue: {@code alice.says("Acme").botAsks("role")}. It runs
 * the pure step with the built-in playbook, keeping the member's state between turns like the store.
 */
public final class Dialogue {

    private static final Conversation CONVERSATION = new Conversation(PlaybookBundle.load(PlaybookSource.builtIn()));

    private final String member;
    private MemberState state = MemberState.empty();
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private List<Outbound> replies = List.of();

    private Dialogue(String member) {
        this.member = member;
    }

    public static Dialogue with(String member) {
        return new Dialogue(member);
    }

    public static Conversation conversation() {
        return CONVERSATION;
    }

    public Dialogue says(String text) {
        return send(new Event.Text(text), null);
    }

    public Dialogue commands(String args) {
        return send(new Event.Command(args), null);
    }

    public Dialogue presses(String action) {
        return send(new Event.Action(action), null);
    }

    public Dialogue submits(String form, java.util.Map<String, String> values) {
        return send(new Event.FormSubmit(form, values), null);
    }

    public Dialogue delivers(String text, String deliveryId) {
        return send(new Event.Text(text), deliveryId);
    }

    public Dialogue send(Event event, String deliveryId) {
        Turn turn = CONVERSATION.step(state, new Inbound(new Member(member), event, deliveryId), now);
        state = turn.state();
        replies = turn.replies(StateJson::pretty);
        return this;
    }

    public Dialogue later(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public Instant now() {
        return now;
    }

    /**
     * When a follow-up planned for {@code at} comes to a member whose zone is unknown: 09:00 UTC on that
     * day, their morning (issue 21: reminders come in the member's morning, words.txt's reminder_morning).
     */
    public static Instant morningOf(Instant at) {
        return at.atZone(java.time.ZoneOffset.UTC).toLocalDate().atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    /** The last message of the reply asks this step. */
    public Dialogue botAsks(String step) {
        assertThat(replies).as("replies to %s", member).isNotEmpty();
        assertThat(last().step()).as("step asked; replies were %s", texts()).isEqualTo(step);
        return this;
    }

    public Dialogue botSaysNothing() {
        assertThat(replies).isEmpty();
        return this;
    }

    public Dialogue botSays(String fragment) {
        assertThat(String.join("\n", texts())).contains(fragment);
        return this;
    }

    public Outbound last() {
        return replies.get(replies.size() - 1);
    }

    public List<Outbound> replies() {
        return replies;
    }

    public List<String> texts() {
        return replies.stream().map(Outbound::text).toList();
    }

    public List<Draft> drafts() {
        return replies.stream().flatMap(r -> r.drafts().stream()).toList();
    }

    public MemberState state() {
        return state;
    }

    public String member() {
        return member;
    }

    /**
     * The reminder the bot would send for the member's first rejection's pending follow-up of {@code kind},
     * dated on the member's clock as a front door's reminder is.
     */
    public Outbound reminderFor(String kind) {
        Rejection rejection = state.rejections().get(0);
        FollowUp followUp = rejection.pendingFollowUps().stream().filter(f -> f.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + rejection.pendingFollowUps()));
        return conversation().reminder(new rebound.frontdoor.Member(member), rejection, followUp);
    }

    /** The action of the choice whose value is {@code value} on {@code message}, as a front door would send it. */
    public static String actionOf(Outbound message, String value) {
        return message.choices().stream().filter(c -> c.value().equals(value)).map(rebound.frontdoor.Choice::action)
                .findFirst().orElseThrow(() -> new AssertionError("no '" + value + "' button on: " + message.text()));
    }

    /**
     * Answers every step up to the summary with a typical final-round story at Acme; who told the news
     * and whom the member clicked with are skipped (left unknown).
     */
    public Dialogue throughIntake(String outcome, String stillInterested, String goals, String... contacts) {
        commands("").botAsks("company");
        says("Acme").botAsks("role");
        says("Product Designer").botAsks("stage");
        says("final").botAsks("outcome");
        says(outcome).botAsks("contacts");
        for (String contact : contacts) {
            says(contact).botAsks("contacts");
        }
        says("done");
        if (last().step().equals("told_by")) {
            says("skip");
        }
        botAsks("still_interested");
        says(stillInterested).botAsks("goals");
        says(goals);
        if (last().step().equals("clicked_with")) {
            says("skip");
        }
        if (last().step().equals("targets")) {
            says("Globex, Initech");
        }
        botAsks("tone");
        says("warm").botAsks("confirm");
        return this;
    }
}
