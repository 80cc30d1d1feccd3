package rebound.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's {@link App} for one workspace whose token was confirmed at start ({@link TokenCheck}): the
 * same built-in middleware as Bolt's, in Bolt's order, except that requests of another workspace
 * are set aside first ({@link OneWorkspace}) and the authorization keeps working through Slack's
 * hiccups ({@link SteadyAuthorization}). Bolt's own list would call {@code auth.test} once more,
 * and take any failure of that call, a 503 included, for a refused token.
 */
final class BoltApp extends App {

    private final AuthTestResponse confirmed;

    /** @param confirmed Slack's answer to {@code auth.test} for the bot token, confirmed at start */
    BoltApp(AppConfig config, AuthTestResponse confirmed) {
        super(config);
        this.confirmed = confirmed;
    }

    @Override
    protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
        List<Middleware> list = new ArrayList<>();
        if (config.isSslCheckEnabled()) {
            list.add(new SSLCheck(config.getVerificationToken()));
        }
        String secret = config.getSigningSecret();
        if (config.isRequestVerificationEnabled() && secret != null && !secret.isBlank()) {
            list.add(new RequestVerification(new SlackSignature.Verifier(new SlackSignature.Generator(secret))));
        }
        list.add(new OneWorkspace(confirmed.getTeamId(), confirmed.getEnterpriseId()));
        list.add(new SteadyAuthorization(config, confirmed));
        if (config.isIgnoringSelfEventsEnabled()) {
            list.add(new IgnoringSelfEvents(config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return list;
    }
}
