package rebound.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With one bot token, Rebound serves one workspace. An event or a slash command from another one
 * (the same app installed elsewhere, sending to the same URL: Slack sends those only for a
 * workspace where the app is installed) is acknowledged and set aside before it touches any member:
 * answering it would create a member this install cannot answer, with a token that is not that
 * workspace's. Each such workspace is logged once. Interactions are let through: they are presses
 * on messages this install posted (a Slack Connect user of another organisation, say), and the
 * button's owner check answers them.
 */
final class OneWorkspace implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(OneWorkspace.class);
    /** How many other workspaces are remembered as logged; past it, one more line each. */
    private static final int REMEMBERED = 1000;

    private final String team;
    private final String enterprise;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    /**
     * @param team the workspace of the bot token (auth.test's {@code team_id})
     * @param enterprise its Enterprise Grid organisation, or null
     */
    OneWorkspace(String team, String enterprise) {
        this.team = team;
        this.enterprise = enterprise;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event && req.getRequestType() != RequestType.Command) {
            return chain.next(req);
        }
        String from = req.getContext().getTeamId();
        String org = req.getContext().getEnterpriseId();
        boolean ours = from == null ? org == null || org.equals(enterprise) : from.equals(team)
                || (enterprise != null && enterprise.equals(org));
        if (ours) {
            return chain.next(req);
        }
        String who = from != null ? from : org;
        if (logged.size() < REMEMBERED ? logged.add(who) : true) {
            LOG.warn("Set aside a request from workspace {}: this install serves {} only", who, team);
        }
        return Response.ok();
    }
}
