package rebound.conversation;

import java.util.List;
import java.util.Optional;
import rebound.frontdoor.Choice;

/**
 * What pressing a choice asks for: one record per kind of button, with one {@link #encode()} and one
 * {@link #parse(String)} for the string a platform carries back (a Slack {@code action_id} value, a
 * Discord {@code custom_id}, the JSON-lines {@code "action"}).
 *
 * <p>Encoded, an action is at most {@link #LONGEST} characters: Discord allows 100 in a
 * {@code custom_id}, which leaves room for a front door's owner prefix, so no platform needs a side
 * table of short codes. Step ids and option values are held short enough by the intake's check.
 *
 * <p>Adding a kind of button: add a record here, a method to {@link Visitor}; the compiler then
 * names every visitor that must learn it (Java 17 has no pattern-matching {@code switch} yet).
 */
public sealed interface Action {

    /** Longest encoded action, in characters: Discord's 100 for a {@code custom_id}, less room for a prefix. */
    int LONGEST = 80;

    /** A button or menu entry labelled {@code label}, standing for {@code value}, that sends {@code action} back when pressed. */
    static Choice choice(String label, String value, Action action) {
        return new Choice(label, value, action.encode());
    }

    /** The string a platform carries back for this action; {@link #parse(String)} reads it again. */
    String encode();

    /** Calls the method of {@code visitor} for this kind, with {@code context} (such as the turn so far). */
    <C, R> R accept(Visitor<C, R> visitor, C context);

    /**
     * One method per kind of action, so the compiler points at every handler when a kind is added.
     * {@code C} is what each method is given besides the action, {@code R} what it returns.
     */
    interface Visitor<C, R> {
        R start(Start action, C context);

        R command(Command action, C context);

        R answer(Answer action, C context);

        R edit(Edit action, C context);

        R control(Control action, C context);

        R forget(Forget action, C context);

        R pickRejection(PickRejection action, C context);

        R snooze(Snooze action, C context);

        R stop(Stop action, C context);

        R stopAll(StopAll action, C context);

        R cadence(Cadence action, C context);

        R outcome(Outcome action, C context);

        R answered(Answered action, C context);

        R referredTo(ReferredTo action, C context);

        R sent(Sent action, C context);

        R person(Person action, C context);

        R show(Show action, C context);
    }

    /** Start the intake, or continue the one under way: {@code start}. */
    record Start() implements Action {
        public String encode() {
            return "start";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.start(this, context);
        }
    }

    /** The {@code /rejected} command with these arguments ({@code new}, {@code list}, ...): {@code rejected:list}. */
    record Command(String args) implements Action {
        public String encode() {
            return "rejected:" + args;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.command(this, context);
        }
    }

    /** An option of the intake step {@code step} was picked: {@code answer:stage:final}. */
    record Answer(String step, String value) implements Action {
        public String encode() {
            return "answer:" + step + ":" + value;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.answer(this, context);
        }
    }

    /** From the summary asked at {@code step}, change the answer of {@code target}: {@code edit:confirm:tone}. */
    record Edit(String step, String target) implements Action {
        public String encode() {
            return "edit:" + step + ":" + target;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.edit(this, context);
        }
    }

    /** A control of the intake ({@code back}, {@code skip}, {@code cancel}, {@code restart}, {@code help}): {@code control:skip}. */
    record Control(IntakeControl control) implements Action {
        public String encode() {
            return "control:" + control.id();
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.control(this, context);
        }
    }

    /** The answer to "delete everything?": {@code forget:yes} or {@code forget:no}. */
    record Forget(boolean yes) implements Action {
        public String encode() {
            return yes ? "forget:yes" : "forget:no";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.forget(this, context);
        }
    }

    /** The rejection picked to tell what happened since: {@code update:r2}. */
    record PickRejection(String rejection) implements Action {
        public String encode() {
            return "update:" + rejection;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.pickRejection(this, context);
        }
    }

    /** "Remind me later" on a delivered follow-up: {@code followup:r1:r1-f2:snooze}. */
    record Snooze(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":snooze";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.snooze(this, context);
        }
    }

    /**
     * Show in full a follow-up a gathered reminder named briefly (issue 22: a few reminders a day), its
     * draft and buttons as its own reminder would have: {@code followup:r1:r1-f2:show}.
     */
    record Show(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":show";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.show(this, context);
        }
    }

    /**
     * Stop the chain a follow-up belongs to (that kind, to that person; issue 21), pressed on one of them:
     * {@code followup:r1:r1-f2:stop}.
     */
    record Stop(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":stop";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.stop(this, context);
        }
    }

    /**
     * Stop every follow-up of a rejection, the hire check too (issue 21: a second, explicit choice, offered
     * after a chain was stopped): {@code followup:r1:r1-f2:stopall}.
     */
    record StopAll(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":stopall";
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.stopAll(this, context);
        }
    }

    /**
     * How often to keep in touch, chosen on a check-in's reminder (issue 21): a cadence of plan.txt, or
     * {@link #USUAL} for the playbook's own: {@code cadence:r1:r1-f2:monthly}.
     */
    record Cadence(String rejection, String followUp, String cadence) implements Action {
        /** The playbook's own cadence, every few months. */
        public static final String USUAL = "usual";

        public String encode() {
            return "cadence:" + rejection + ":" + followUp + ":" + cadence;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.cadence(this, context);
        }
    }

    /**
     * What happened since ({@code replied}, {@code reference}, ...), pressed on a follow-up or, with
     * {@link #NO_FOLLOW_UP} as its follow-up, after {@code /rejected update}: {@code followup:r1:-:replied}.
     */
    record Outcome(String rejection, String followUp, String outcome) implements Action {
        /** The follow-up id of an outcome told outside any follow-up. */
        public static final String NO_FOLLOW_UP = "-";

        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":" + outcome;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.outcome(this, context);
        }
    }

    /**
     * What happened since, told through {@code /rejected update}: who answered ({@code who}: the index of
     * one of the rejection's contacts, {@link #TEAM} for the company, {@link #UNKNOWN} when not asked yet)
     * and what they said ({@link #UNKNOWN} when not asked yet): {@code answered:r1:0:feedback}.
     */
    record Answered(String rejection, String who, String outcome) implements Action {
        /** The company answered, not one of the people the member named. */
        public static final String TEAM = "team";
        /** Not asked yet. */
        public static final String UNKNOWN = "?";

        public String encode() {
            return "answered:" + rejection + ":" + who + ":" + outcome;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.answered(this, context);
        }
    }

    /**
     * The company a referral from {@code who} is for: {@code pick} is the index of one of the companies the
     * member applies to next (the intake's targets, then the rejection's own company), or {@link #ANY}
     * for a reference wherever it helps: {@code referral:r1:0:1}.
     */
    record ReferredTo(String rejection, String who, String pick) implements Action {
        /** A reference for no company in particular. */
        public static final String ANY = "any";

        public String encode() {
            return "referral:" + rejection + ":" + who + ":" + pick;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.referredTo(this, context);
        }
    }

    /** "I sent it", pressed under a draft: the {@code draft}-th draft of the rejection: {@code sent:r1:2}. */
    record Sent(String rejection, String draft) implements Action {
        public String encode() {
            return "sent:" + rejection + ":" + draft;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.sent(this, context);
        }
    }

    /**
     * A person at the people step: {@code fix} or {@code remove} the one at {@code target}
     * ({@code <index>:<key>}, the key guarding against a list that changed since the button was shown),
     * or the {@code part} id chosen for a line whose part was asked: {@code person:remove:1:dana},
     * {@code person:part:team_member}.
     */
    record Person(String verb, String target) implements Action {
        public static final String FIX = "fix";
        public static final String REMOVE = "remove";
        public static final String PART = "part";
        /** Greet person {@code index:key:n} by the n-th greeting offered for their name (issue 18). */
        public static final String GREET = "greet";

        public String encode() {
            return "person:" + verb + ":" + target;
        }

        public <C, R> R accept(Visitor<C, R> visitor, C context) {
            return visitor.person(this, context);
        }
    }

    /**
     * Reads an encoded action; empty when it is none of these (a button of an older version, a
     * made-up string), which the conversation answers as a stale button.
     */
    static Optional<Action> parse(String encoded) {
        String wire = encoded == null ? "" : encoded.strip();
        if (wire.startsWith("followup:")) {
            String[] parts = wire.split(":");
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(switch (parts[3]) {
                case "snooze" -> new Snooze(parts[1], parts[2]);
                case "stop" -> new Stop(parts[1], parts[2]);
                case "stopall" -> new StopAll(parts[1], parts[2]);
                case "show" -> new Show(parts[1], parts[2]);
                default -> new Outcome(parts[1], parts[2], parts[3]);
            });
        }
        if (wire.startsWith("cadence:")) {
            String[] parts = wire.split(":");
            return parts.length != 4 ? Optional.empty() : Optional.of(new Cadence(parts[1], parts[2], parts[3]));
        }
        if (wire.startsWith("answered:")) {
            String[] parts = wire.split(":");
            return parts.length != 4 ? Optional.empty() : Optional.of(new Answered(parts[1], parts[2], parts[3]));
        }
        if (wire.startsWith("referral:")) {
            String[] parts = wire.split(":");
            return parts.length != 4 ? Optional.empty() : Optional.of(new ReferredTo(parts[1], parts[2], parts[3]));
        }
        if (wire.startsWith("sent:")) {
            String[] parts = wire.split(":");
            return parts.length != 3 ? Optional.empty() : Optional.of(new Sent(parts[1], parts[2]));
        }
        if (wire.startsWith("update:")) {
            return Optional.of(new PickRejection(wire.substring("update:".length())));
        }
        String[] parts = wire.split(":", 3);
        String second = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "start" -> Optional.of(new Start());
            case "rejected" -> Optional.of(new Command(second));
            case "forget" -> Optional.of(new Forget(second.equals("yes")));
            case "control" -> IntakeControl.byId(second).map(Control::new);
            case "answer" -> parts.length < 3 ? Optional.empty() : Optional.of(new Answer(parts[1], parts[2]));
            case "edit" -> parts.length < 3 ? Optional.empty() : Optional.of(new Edit(parts[1], parts[2]));
            case "person" -> parts.length < 3 || !List.of(Person.FIX, Person.REMOVE, Person.PART, Person.GREET).contains(parts[1])
                    ? Optional.empty() : Optional.of(new Person(parts[1], parts[2]));
            default -> Optional.empty();
        };
    }
}
