package rebound.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /slack/install} and {@code GET /slack/oauth_redirect}, answered by Bolt's OAuth flow on
 * the app ({@code App#asOAuthApp}): the first sends the installer to Slack's authorize page with a new
 * {@code state} (the adapter's {@code InstallStates}), the second checks that state, exchanges Slack's code
 * ({@code oauth.v2.access}) and saves the installation (the adapter's {@code InstallationStore}). Browsers send no
 * body: any other method is a plain 405, a redirect without its query a plain 400, and a failure a
 * plain 500, never an exception's text ({@link PlainErrors}).
 */
final class InstallPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(InstallPages.class);

    private final transient App app;
    private final transient SlackAppServletAdapter bolt;

    InstallPages(App app) {
        this.app = app;
        this.bolt = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"GET".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET");
            PlainErrors.write(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Response answer;
        try {
            Request<?> request = bolt.buildSlackRequest(req);
            if (request == null || (request.getRequestType() != RequestType.OAuthStart
                    && request.getRequestType() != RequestType.OAuthCallback)) {
                PlainErrors.write(resp, HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            answer = app.run(request);
        } catch (Exception e) {
            LOG.warn("An install page failed ({})", e.getClass().getSimpleName());
            if (!resp.isCommitted()) {
                resp.reset();
                PlainErrors.write(resp, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
            return;
        }
        bolt.writeResponse(resp, answer);
    }
}
