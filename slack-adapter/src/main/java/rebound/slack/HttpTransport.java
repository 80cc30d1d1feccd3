package rebound.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP mode on Jetty 12: one endpoint, {@code /slack/events}, for commands, events and
 * interactivity (verified by Bolt with the signing secret), and {@code /health} for probes.
 */
final class HttpTransport implements AutoCloseable {

    static final String EVENTS = "/slack/events";
    static final String HEALTH = "/health";

    private final Server server;
    private final ServerConnector connector;

    HttpTransport(App app, String bind, int port) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("rebound-http");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS);
        context.addServlet(new ServletHolder(new Health()), HEALTH);
        server.setHandler(context);
        server.setStopTimeout(2000);
    }

    HttpTransport start() throws Exception {
        server.start();
        return this;
    }

    int port() {
        return connector.getLocalPort();
    }

    void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static final class Health extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain");
            resp.getWriter().write("ok\n");
        }
    }
}
