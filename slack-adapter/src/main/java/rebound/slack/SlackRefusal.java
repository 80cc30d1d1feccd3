package rebound.slack;

/** Slack would not take a Web API call: its error, and its {@code Retry-After} hint in seconds (0 for none). */
final class SlackRefusal extends Exception {

    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    SlackRefusal(String reason, long retryAfterSeconds, Throwable cause) {
        super(reason, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /**
     * True when Slack may have taken the call all the same: it got no answer in time (a read or call
     * timeout), so the request may have been handled. A refusal Slack answered (an error, a 429) or a
     * connection that failed or broke is taken as not arrived.
     */
    boolean mayHaveArrived() {
        return timedOut(getCause());
    }

    /** True for a Web API call that got no answer in time ({@code cause} as the SDK threw it). */
    static boolean timedOut(Throwable cause) {
        return cause instanceof java.io.InterruptedIOException;
    }
}
