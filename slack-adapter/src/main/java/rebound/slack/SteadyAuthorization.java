package rebound.slack;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's single-workspace authorization, minus its one weakness: when Bolt checks the bot token
 * again ({@code auth.test}, on the request path once its cache expires) and Slack answers 5xx,
 * 429 or not at all, the request goes on with the answer confirmed before, instead of failing with
 * HTTP 500. A member's request never fails because of a call that is not about them. A token Slack
 * really refuses ({@code invalid_auth}, {@code token_revoked}, ...) is refused as before.
 */
final class SteadyAuthorization extends SingleTeamAuthorization {

    private static final Logger LOG = LoggerFactory.getLogger(SteadyAuthorization.class);

    private volatile AuthTestResponse confirmed;

    /** @param confirmed the answer to {@code auth.test} confirmed at start ({@link TokenCheck}) */
    SteadyAuthorization(AppConfig config, AuthTestResponse confirmed) {
        super(config, confirmed, null);
        this.confirmed = confirmed;
    }

    @Override
    protected AuthTestResponse callAuthTest(String token, AppConfig config, MethodsClient client)
            throws IOException, SlackApiException {
        AuthTestResponse fresh;
        try {
            fresh = super.callAuthTest(token, config, client);
        } catch (IOException | SlackApiException hiccup) {
            LOG.warn("Slack did not answer auth.test ({}); going on with the token confirmed before",
                    TokenCheck.describe(hiccup));
            return confirmed;
        }
        if (fresh.isOk()) {
            confirmed = fresh;
            return fresh;
        }
        if (TokenCheck.REFUSED.contains(fresh.getError())) {
            return fresh;
        }
        LOG.warn("Slack answered auth.test with {}; going on with the token confirmed before", fresh.getError());
        return confirmed;
    }
}
