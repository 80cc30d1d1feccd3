package rebound.member;

/**
 * What the bot waits for outside the intake: nothing, a yes or no to forgetting everything, which
 * rejection to update, what happened with one rejection, who answered, what they said, or which
 * company a referral is for.
 *
 * <p>Stored in the member's JSON as a string ({@link #stored()}: {@code ""}, {@code "forget"},
 * {@code "update"}, {@code "outcome:<rejection id>"}, {@code "who:<rejection id>:<outcome>"},
 * {@code "said:<rejection id>:<who>"}, {@code "referral:<rejection id>:<who>"}), as files of earlier versions hold it; a
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

    /** Told what happened ({@code outcome}) with rejection {@code rejection}: waiting for who answered. */
    record WhoOf(String rejection, String outcome) implements Awaiting {
        public String stored() {
            return "who:" + rejection + ":" + outcome;
        }
    }

    /** Told that {@code who} (as {@link Action.Answered} encodes it) replied: waiting for what they said. */
    record SaidBy(String rejection, String who) implements Awaiting {
        public String stored() {
            return "said:" + rejection + ":" + who;
        }
    }

    /** Told that {@code who} offered a reference or referral: waiting for the company it is for. */
    record ReferralFor(String rejection, String who) implements Awaiting {
        public String stored() {
            return "referral:" + rejection + ":" + who;
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
        String[] parts = stored.split(":");
        if (parts.length == 3 && parts[0].equals("who")) {
            return new WhoOf(parts[1], parts[2]);
        }
        if (parts.length == 3 && parts[0].equals("referral")) {
            return new ReferralFor(parts[1], parts[2]);
        }
        if (parts.length == 3 && parts[0].equals("said")) {
            return new SaidBy(parts[1], parts[2]);
        }
        if (stored.startsWith("outcome:")) {
            return new OutcomeOf(stored.substring("outcome:".length()));
        }
        return NOTHING;
    }
}
