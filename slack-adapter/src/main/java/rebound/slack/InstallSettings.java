package rebound.slack;

import rebound.slack.transport.HttpTransport;

/**
 * The install mode's settings (issue 20, "many workspaces"): the app's client id and secret (Basic
 * Information in the app's settings) and, when set, the redirect URL Slack sends installers back to
 * ({@code SLACK_REDIRECT_URI}, which must be one of the manifest's {@code redirect_urls}). Secrets
 * never appear in {@link #toString()}.
 */
record InstallSettings(String clientId, String clientSecret, String redirectUri) {

    static final String CLIENT_ID = "SLACK_CLIENT_ID";
    static final String CLIENT_SECRET = "SLACK_CLIENT_SECRET";
    static final String REDIRECT_URI = "SLACK_REDIRECT_URI";
    /** Where an installer starts, and where Slack sends them back with a code (HTTP mode's listener). */
    static final String INSTALL_PATH = HttpTransport.INSTALL;
    static final String REDIRECT_PATH = HttpTransport.INSTALL_REDIRECT;
    /**
     * The bot scopes asked for on install: the manifest's ({@code slack-adapter/manifest.yml},
     * {@code oauth_config.scopes.bot}; a test keeps the two equal).
     */
    static final String SCOPES = "commands,chat:write,files:write,im:history,im:write,users:read";

    @Override
    public String toString() {
        return "InstallSettings[clientId=" + clientId + ", redirectUri=" + redirectUri + "]";
    }
}
