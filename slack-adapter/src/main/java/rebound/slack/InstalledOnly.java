package rebound.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.middleware.MiddlewareOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.InstallationService;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installed in many workspaces, Rebound serves a workspace while it has an installation (issue 20,
 * item 6 and "many workspaces"): a request of any other one (uninstalled, its token revoked, never
 * installed) is acknowledged and set aside before it touches any member, and before Bolt's
 * authorization would answer it with its own English install prompt; each such workspace is logged
 * once. Slack's {@code app_uninstalled} and {@code tokens_revoked} go through: they arrive when the
 * token is already gone ({@link Uninstalls}).
 */
final class InstalledOnly implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(InstalledOnly.class);
    /** How many set-aside workspaces are remembered as logged; past it, one more line each. */
    private static final int REMEMBERED = 1000;

    private final InstallationService installs;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    InstalledOnly(InstallationService installs) {
        this.installs = installs;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (MiddlewareOps.isNoAuthRequiredRequest(req.getRequestType()) || MiddlewareOps.isNoTokenRequiredRequest(req)) {
            return chain.next(req);
        }
        String team = req.getContext().getTeamId();
        String org = req.getContext().getEnterpriseId();
        if ((team != null || org != null) && installs.findBot(org, team) != null) {
            return chain.next(req);
        }
        String who = team != null ? team : org;
        if (logged.size() < REMEMBERED ? logged.add(String.valueOf(who)) : true) {
            LOG.warn("Set aside a request from workspace {}: Rebound is not installed there", who);
        }
        return Response.ok();
    }

    /** Logs the workspace again the next time it is set aside (it was installed, then removed again). */
    void forgetLogged(String team) {
        logged.remove(team);
    }
}
