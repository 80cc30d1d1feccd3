package rebound.slack.transport;

import com.slack.api.bolt.App;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP mode on Jetty 12: one endpoint, {@code /slack/events}, for commands, events and
 * interactivity, behind {@link SignedRequestGate} (nothing is parsed before Slack's signature is
 * checked), {@code /health} for probes and, installed in many workspaces, the install pages
 * ({@link InstallPages}). Every other path or method gets a plain 404 or 405;
 * no response names the server or its version, and errors are one plain line ({@link PlainErrors}).
 *
 * <p>Carries requests only: it knows Bolt's {@link App}, never a member or the front door (each
 * adapter's {@code AdapterArchitectureTest.transportKnowsNoMember}).
 */
public final class HttpTransport implements AutoCloseable {

    /** The one path Slack posts commands, events and interactivity to (the manifest's request URLs). */
    public static final String EVENTS = "/slack/events";
    /** The readiness probe's path: {@code GET} answers "ok" while the server serves. */
    public static final String HEALTH = "/health";
    /**
     * Installed in many workspaces (issue 20): where an installer starts. Bolt's OAuth flow is told
     * the same path ({@code AppConfig#oauthInstallPath}).
     */
    public static final String INSTALL = "/slack/install";
    /** Where Slack sends an installer back with a code (one of the manifest's {@code redirect_urls}). */
    public static final String INSTALL_REDIRECT = "/slack/oauth_redirect";
    /**
     * The most bytes of request line and headers read, Jetty's default made explicit: Slack's own
     * headers take well under a kilobyte. A request over it is answered 431 and its connection
     * closed without reading its body; a client still sending that body may see the connection
     * close before it reads the answer (RFC 9112, section 9.6), the price of not reading it.
     */
    public static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Server server;
    private final ServerConnector connector;

    /**
     * A server for this app, not yet listening ({@link #start()}).
     *
     * @param app the Bolt app signed requests go to; its config gives the signing secret and whether
     *     the install pages are served
     * @param bind the address to listen on, such as {@code 0.0.0.0}
     * @param port the TCP port, or 0 for any free one ({@link #port()} tells which)
     */
    public HttpTransport(App app, String bind, int port) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("rebound-http");
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setErrorHandler(new PlainErrors.ForServlets());
        context.addServlet(new ServletHolder(new SignedRequestGate(app, app.config().getSigningSecret(),
                Clock.systemUTC())), EVENTS);
        context.addServlet(new ServletHolder(new Health()), HEALTH);
        if (app.config().isOAuthInstallPathEnabled()) {
            context.addServlet(new ServletHolder(new InstallPages(app)), INSTALL);
            context.addServlet(new ServletHolder(new InstallPages(app)), INSTALL_REDIRECT);
        }
        context.addServlet(new ServletHolder(new NotFound()), "/");
        server.setHandler(context);
        server.setErrorHandler(new PlainErrors.ForServer());
        server.setStopTimeout(2000);
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws Exception when Jetty cannot bind or start
     */
    public HttpTransport start() throws Exception {
        server.start();
        return this;
    }

    /** The TCP port this server listens on (the one chosen when started with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server, letting requests in progress finish for up to two seconds. */
    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** {@code GET /health}: "ok" while the server serves. Any other method: 405 (TRACE never echoes). */
    private static final class Health extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
                resp.setHeader("Allow", "GET, HEAD");
                PlainErrors.write(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
            resp.setContentType("text/plain");
            if ("GET".equals(req.getMethod())) {
                resp.getWriter().write("ok\n");
            }
        }
    }

    /** Every path but the two above: a plain 404, whatever the method. */
    private static final class NotFound extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            PlainErrors.write(resp, HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
