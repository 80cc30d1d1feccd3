package rebound.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import rebound.launch.Launch;

/**
 * The bot token checked once at start ({@code auth.test}), through Slack's hiccups: a 5xx, a 429
 * (after its {@code Retry-After}) or a broken connection is tried again a few times; a token Slack
 * refuses stops the start with one line naming the token.
 */
final class TokenCheck {

    /** auth.test's errors that mean the token itself is refused (Slack's method documentation). */
    static final Set<String> REFUSED = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "no_permission", "missing_scope", "not_allowed_token_type", "ekm_access_denied");
    /** How many times auth.test is asked at start. */
    static final int TRIES = 6;
    /** The longest wait between two tries, whatever Retry-After says. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    private TokenCheck() {
    }

    /**
     * Asks Slack to confirm the token and returns its answer.
     *
     * @throws IllegalArgumentException when Slack refuses the token (its error in the message)
     * @throws Launch.CannotStart when Slack has not answered after {@link #TRIES} tries
     */
    static AuthTestResponse confirm(MethodsClient client) throws InterruptedException {
        String last = "no answer";
        Duration wait = Duration.ofMillis(500);
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                AuthTestResponse answer = client.authTest(r -> r);
                if (answer.isOk()) {
                    return answer;
                }
                if (REFUSED.contains(answer.getError())) {
                    throw new IllegalArgumentException(answer.getError());
                }
                last = answer.getError();
            } catch (SlackApiException e) {
                last = describe(e);
                String retryAfter = e.getResponse() == null ? null : e.getResponse().header("Retry-After");
                if (retryAfter != null && retryAfter.matches("\\d{1,6}")) {
                    wait = Duration.ofSeconds(Long.parseLong(retryAfter));
                }
            } catch (IOException e) {
                last = describe(e);
            }
            if (attempt < TRIES) {
                Thread.sleep(Math.min(wait.toMillis(), LONGEST_WAIT.toMillis()));
                wait = wait.multipliedBy(2);
            }
        }
        throw new Launch.CannotStart("Slack did not confirm " + SlackSettings.BOT_TOKEN + " after " + TRIES
                + " tries (auth.test: " + last + "); try again later, or check " + SlackSettings.API_URL);
    }

    /** A short description of a failed call: the HTTP status Slack gave, or what broke. */
    static String describe(Exception e) {
        if (e instanceof SlackApiException api && api.getResponse() != null) {
            return "HTTP " + api.getResponse().code();
        }
        return e.getClass().getSimpleName();
    }
}
