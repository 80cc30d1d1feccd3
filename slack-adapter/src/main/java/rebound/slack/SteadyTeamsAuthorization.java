package rebound.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's authorization of an app installed in many workspaces, steady through Slack's hiccups as
 * {@link SteadyAuthorization} is for one: when {@code auth.test} for an installation's token answers
 * 5xx, 429 or not at all, the request goes on with the answer confirmed last for that token, instead
 * of HTTP 503 (issue 20, item 1). A token Slack refuses is refused as before; a token never confirmed
 * cannot be vouched for, so its request fails as Bolt's does.
 */
final class SteadyTeamsAuthorization extends MultiTeamsAuthorization {

    private static final Logger LOG = LoggerFactory.getLogger(SteadyTeamsAuthorization.class);

    private final Cache<String, AuthTestResponse> confirmed = Caffeine.newBuilder().maximumSize(10_000).build();

    SteadyTeamsAuthorization(AppConfig config, InstallationService installs) {
        super(config, installs);
    }

    @Override
    protected AuthTestResponse callAuthTest(String token, AppConfig config, MethodsClient client)
            throws IOException, SlackApiException {
        AuthTestResponse before = confirmed.getIfPresent(token);
        AuthTestResponse fresh;
        try {
            fresh = super.callAuthTest(token, config, client);
        } catch (IOException | SlackApiException hiccup) {
            if (before == null) {
                throw hiccup;
            }
            LOG.warn("Slack did not answer auth.test ({}); going on with the token confirmed before",
                    TokenCheck.describe(hiccup));
            return before;
        }
        if (fresh.isOk()) {
            confirmed.put(token, fresh);
            return fresh;
        }
        if (before == null || TokenCheck.REFUSED.contains(fresh.getError())) {
            confirmed.invalidate(token);
            return fresh;
        }
        LOG.warn("Slack answered auth.test with {}; going on with the token confirmed before", fresh.getError());
        return before;
    }
}
