package rebound.slack.fake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bot tokens the fake Slack refuses from now on, as Slack does once an admin revokes a token or
 * deactivates the app's bot user: every Web API call with such a token is answered HTTP 200 with
 * {@code {"ok":false,"error":"invalid_auth"}} (or {@code token_revoked}, {@code account_inactive}),
 * auth.test included, whatever the method; calls with other tokens (the app-level {@code xapp-}
 * token of Socket Mode, say) are answered as before. No violation: the app did nothing wrong.
 */
public final class FakeTokens {

    private final Map<String, String> refused = new ConcurrentHashMap<>();

    /** From now on every call made with {@code token} is refused with {@code error} ({@code invalid_auth}, say). */
    public void refuse(String token, String error) {
        refused.put(token, error);
    }

    /** Slack takes {@code token} again (an admin restored the app). */
    public void takeAgain(String token) {
        refused.remove(token);
    }

    /** The error Slack answers for a call with this {@code Authorization} header, or null when it takes it. */
    String refusal(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        return refused.get(authorization.substring("Bearer ".length()));
    }
}
