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
}
