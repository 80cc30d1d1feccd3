package rebound.conversation;

import java.util.Optional;

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

    /** The string a platform carries back for this action; {@link #parse(String)} reads it again. */
    String encode();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of action, so the compiler points at every handler when a kind is added. */
    interface Visitor<R> {
        R start(Start action);

        R command(Command action);

        R answer(Answer action);

        R edit(Edit action);

        R control(Control action);

        R forget(Forget action);

        R pickRejection(PickRejection action);

        R snooze(Snooze action);

        R stop(Stop action);

        R outcome(Outcome action);
    }

    /** Start the intake, or continue the one under way: {@code start}. */
    record Start() implements Action {
        public String encode() {
            return "start";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.start(this);
        }
    }

    /** The {@code /rejected} command with these arguments ({@code new}, {@code list}, ...): {@code rejected:list}. */
    record Command(String args) implements Action {
        public String encode() {
            return "rejected:" + args;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.command(this);
        }
    }

    /** An option of the intake step {@code step} was picked: {@code answer:stage:final}. */
    record Answer(String step, String value) implements Action {
        public String encode() {
            return "answer:" + step + ":" + value;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.answer(this);
        }
    }

    /** From the summary asked at {@code step}, change the answer of {@code target}: {@code edit:confirm:tone}. */
    record Edit(String step, String target) implements Action {
        public String encode() {
            return "edit:" + step + ":" + target;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.edit(this);
        }
    }

    /** A control of the intake ({@code back}, {@code skip}, {@code cancel}, {@code restart}, {@code help}): {@code control:skip}. */
    record Control(IntakeControl control) implements Action {
        public String encode() {
            return "control:" + control.id();
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.control(this);
        }
    }

    /** The answer to "delete everything?": {@code forget:yes} or {@code forget:no}. */
    record Forget(boolean yes) implements Action {
        public String encode() {
            return yes ? "forget:yes" : "forget:no";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.forget(this);
        }
    }

    /** The rejection picked to tell what happened since: {@code update:r2}. */
    record PickRejection(String rejection) implements Action {
        public String encode() {
            return "update:" + rejection;
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.pickRejection(this);
        }
    }

    /** "Remind me later" on a delivered follow-up: {@code followup:r1:r1-f2:snooze}. */
    record Snooze(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":snooze";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.snooze(this);
        }
    }

    /** Stop every follow-up of a rejection, pressed on one of them: {@code followup:r1:r1-f2:stop}. */
    record Stop(String rejection, String followUp) implements Action {
        public String encode() {
            return "followup:" + rejection + ":" + followUp + ":stop";
        }

        public <R> R accept(Visitor<R> visitor) {
            return visitor.stop(this);
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

        public <R> R accept(Visitor<R> visitor) {
            return visitor.outcome(this);
        }
    }

    /**
     * Reads an encoded action; empty when it is none of these (a button of an older version, a
     * made-up string), which the conversation answers as a stale button.
     */
    static Optional<Action> parse(String encoded) {
        String wire = encoded == null ? "" : encoded.strip();
        if (wire.length() > LONGEST) {
            return Optional.empty();
        }
        if (wire.startsWith("followup:")) {
            String[] parts = wire.split(":");
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(switch (parts[3]) {
                case "snooze" -> new Snooze(parts[1], parts[2]);
                case "stop" -> new Stop(parts[1], parts[2]);
                default -> new Outcome(parts[1], parts[2], parts[3]);
            });
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
            default -> Optional.empty();
        };
    }
}
