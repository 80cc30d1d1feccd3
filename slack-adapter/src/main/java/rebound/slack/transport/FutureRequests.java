package rebound.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.time.Duration;

/**
 * Defence in depth next to Bolt's signature check, which accepts any timestamp in the future: a
 * request stamped more than five minutes ahead is refused like a badly signed one (HTTP 401). Socket
 * Mode requests carry no timestamp and pass.
 */
public final class FutureRequests implements Middleware {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Passes the request on, unless it is stamped more than {@link #TOLERANCE} ahead of now: then 401. */
    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.isSocketMode()) {
            return chain.next(req);
        }
        String stamp = req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
        if (stamp != null && !acceptable(stamp, System.currentTimeMillis())) {
            return Response.json(401, "{\"error\":\"invalid request\"}");
        }
        return chain.next(req);
    }

    static boolean acceptable(String stamp, long nowMillis) {
        try {
            return Long.parseLong(stamp.trim()) * 1000 <= nowMillis + TOLERANCE.toMillis();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
