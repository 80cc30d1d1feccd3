package rebound.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's {@link App} installed in many workspaces through Slack's OAuth flow, with Bolt's built-in
 * middleware in Bolt's order, except that requests of a workspace without an installation are set
 * aside first ({@link InstalledOnly}) and the authorization keeps working through Slack's hiccups
 * ({@link SteadyTeamsAuthorization}). The install routes ({@code /slack/install},
 * {@code /slack/oauth_redirect}) are this same app's ({@code asOAuthApp(true)}): the installations it
 * saves are the ones its authorization reads, with no second app to keep in step.
 */
final class InstallsBoltApp extends App {

    private final InstallationStore installs;
    private final InstalledOnly installedOnly;

    InstallsBoltApp(AppConfig config, InstallationStore installs) {
        super(config);
        this.installs = installs;
        this.installedOnly = new InstalledOnly(installs);
        service(installs);
    }

    InstallationStore installs() {
        return installs;
    }

    InstalledOnly installedOnly() {
        return installedOnly;
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
        list.add(installedOnly);
        list.add(new SteadyTeamsAuthorization(config, installs));
        if (config.isIgnoringSelfEventsEnabled()) {
            list.add(new IgnoringSelfEvents(config.getSlack().getConfig(), config.isIgnoringSelfAssistantMessageEventsEnabled()));
        }
        return list;
    }
}
