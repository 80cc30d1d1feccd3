package rebound.conversation;

/**
 * What the bot waits for outside the intake: nothing, a yes or no to forgetting everything, which
 * rejection to update, or what happened with one rejection.
 *
 * <p>Stored in the member's JSON as a string ({@link #stored()}: {@code ""}, {@code "forget"},
 * {@code "update"}, {@code "outcome:<rejection id>"}), as files of earlier versions hold it; a
 * string this version does not know reads as {@link Nothing}.
 */
public sealed interface Awaiting {

    /** The string kept in the member's JSON for this. */
    String stored();

    /** Waiting for nothing: text is an answer to the intake, or a fresh start. */
    record Nothing() implements Awaiting {
        public String stored() {
            return "";
        }
    }

    /** Asked "delete everything?": waiting for yes or no. */
    record ForgetConfirmation() implements Awaiting {
        public String stored() {
            return "forget";
        }
    }

    /** Asked which rejection to tell about: waiting for its number or company. */
    record RejectionPick() implements Awaiting {
        public String stored() {
            return "update";
        }
    }

    /** Asked what happened with rejection {@code rejection}: waiting for an outcome. */
    record OutcomeOf(String rejection) implements Awaiting {
        public String stored() {
            return "outcome:" + rejection;
        }
    }

    Awaiting NOTHING = new Nothing();

    /** Reads the stored form; null, empty or unknown is {@link Nothing}. */
    static Awaiting read(String stored) {
        if (stored == null || stored.isEmpty()) {
            return NOTHING;
        }
        if (stored.equals("forget")) {
            return new ForgetConfirmation();
        }
        if (stored.equals("update")) {
            return new RejectionPick();
        }
        if (stored.startsWith("outcome:")) {
            return new OutcomeOf(stored.substring("outcome:".length()));
        }
        return NOTHING;
    }
}
