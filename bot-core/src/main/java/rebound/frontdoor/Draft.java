package rebound.frontdoor;

/**
 * A message ready for the member to copy and send: one script rendered for one recipient.
 *
 * @param sent true once the member said they sent it (issue 13: a later reminder asks about the ones not
 *             sent rather than assuming); null when not (so files of earlier versions read the same)
 */
public record Draft(String kind, String to, String part, String subject, String body, Boolean sent) {

    public Draft {
        sent = Boolean.TRUE.equals(sent) ? Boolean.TRUE : null;
    }

    /** A draft not sent yet. */
    public Draft(String kind, String to, String part, String subject, String body) {
        this(kind, to, part, subject, body, null);
    }

    /** Whether the member said they sent it. */
    public boolean wasSent() {
        return Boolean.TRUE.equals(sent);
    }

    /** The same draft, marked as sent. */
    public Draft markedSent() {
        return new Draft(kind, to, part, subject, body, true);
    }
}
