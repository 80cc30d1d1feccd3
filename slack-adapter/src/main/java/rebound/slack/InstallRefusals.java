package rebound.slack;

import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.builtin.oauth.OAuthErrorHandler;
import com.slack.api.bolt.service.builtin.oauth.OAuthExceptionHandler;
import com.slack.api.bolt.service.builtin.oauth.OAuthStateErrorHandler;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2AccessErrorHandler;
import com.slack.api.bolt.service.builtin.oauth.OAuthV2SuccessPersistenceErrorCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DoorWords;
import rebound.slack.transport.HttpTransport;

/**
 * What {@code /slack/oauth_redirect} answers when an install does not complete: one plain-text page in
 * the playbook's words ({@code install_refused}, {@code install_failed} in frontdoor.txt), never an
 * exception's text, a class or a version (issue 20, item 8), and one short log line. In Bolt's terms:
 * the handlers of a bad state, an installer who said no, Slack refusing the code, an exception, and a
 * save that failed.
 */
final class InstallRefusals {

    private static final Logger LOG = LoggerFactory.getLogger(InstallRefusals.class);

    private final DoorWords words;

    InstallRefusals(DoorWords words) {
        this.words = words;
    }

    /** An unknown, expired or reused {@code state}, or no state cookie: 400, and nothing is installed. */
    OAuthStateErrorHandler badState() {
        return (request, response) -> {
            LOG.info("Refused an install: its state is unknown, expired or used ({})", HttpTransport.INSTALL_REDIRECT);
            return page(response, 400, "install_refused");
        };
    }

    /** The installer cancelled on Slack's page ({@code error=access_denied}, say). */
    OAuthErrorHandler cancelled() {
        return (request, response) -> {
            LOG.info("An install was not completed on Slack's page ({})", first(request, "error"));
            return page(response, 200, "install_failed");
        };
    }

    /** Slack refused to exchange the code ({@code oauth.v2.access} answered {@code ok: false}). */
    OAuthV2AccessErrorHandler refusedCode() {
        return (request, response, answer) -> {
            LOG.warn("Slack refused an install's code (oauth.v2.access: {})", answer.getError());
            return page(response, 502, "install_failed");
        };
    }

    /** A failure on the way (Slack unreachable, say). */
    OAuthExceptionHandler failed() {
        return (request, response, e) -> {
            LOG.warn("An install failed ({})", e.getClass().getSimpleName());
            return page(response, 502, "install_failed");
        };
    }

    /** The installation could not be saved. */
    OAuthV2SuccessPersistenceErrorCallback notSaved() {
        return args -> {
            LOG.error("An installation in workspace {} could not be saved ({})", args.getInstaller().getTeamId(),
                    args.getError().getClass().getSimpleName());
            page(args.getResponse(), 500, "install_failed");
        };
    }

    private Response page(Response response, int status, String key) {
        response.setStatusCode(status);
        response.setContentType("text/plain; charset=utf-8");
        response.setBody(words.say(key) + "\n");
        return response;
    }

    private static String first(OAuthCallbackRequest request, String name) {
        var values = request.getQueryString() == null ? null : request.getQueryString().get(name);
        return values == null || values.isEmpty() ? "no reason given" : values.get(0).replaceAll("[^a-z_]", "");
    }
}
