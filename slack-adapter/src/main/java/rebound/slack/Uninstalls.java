package rebound.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.model.Bot;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's {@code app_uninstalled} and {@code tokens_revoked} (issue 20, "many workspaces"). Both remove
 * the workspace's installation, so nothing of that workspace is answered any more ({@link InstalledOnly})
 * and no call is made with its token. After {@code app_uninstalled}, every member of the workspace is
 * forgotten as {@code /rejected forget} would forget them, before Slack is acknowledged (a retried event
 * goes on with whoever is left), so a reinstall starts clean. {@code tokens_revoked} for the bot keeps
 * the members: an admin may give the app a new token by installing it again.
 */
final class Uninstalls {

    private static final Logger LOG = LoggerFactory.getLogger(Uninstalls.class);

    private final InstallationStore installs;
    private final InstalledOnly gate;
    private final ToIntFunction<String> forgetStartingWith;

    /**
     * @param forgetStartingWith forgets every member whose key starts with the prefix given, returning
     *     how many, each after the turns already queued for them ({@code FrontDoor#forgetAllStartingWith})
     */
    Uninstalls(InstallationStore installs, InstalledOnly gate, ToIntFunction<String> forgetStartingWith) {
        this.installs = installs;
        this.gate = gate;
        this.forgetStartingWith = forgetStartingWith;
    }

    BoltEventHandler<AppUninstalledEvent> uninstalled() {
        return (EventsApiPayload<AppUninstalledEvent> payload, EventContext ctx) -> {
            String team = payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
            installs.deleteAll(ctx.getEnterpriseId(), team);
            gate.forgetLogged(team);
            int forgotten = team == null ? 0 : forgetStartingWith.applyAsInt(Members.prefixOf(team));
            LOG.info("Rebound was uninstalled from workspace {}: its installation is removed and its {} member(s) "
                    + "forgotten", team, forgotten);
            return ctx.ack();
        };
    }

    BoltEventHandler<TokensRevokedEvent> revoked() {
        return (EventsApiPayload<TokensRevokedEvent> payload, EventContext ctx) -> {
            String team = payload.getTeamId() != null ? payload.getTeamId() : ctx.getTeamId();
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            Bot bot = installs.findBot(ctx.getEnterpriseId(), team);
            if (bot != null && tokens != null && tokens.getBot() != null
                    && tokens.getBot().contains(bot.getBotUserId())) {
                installs.deleteAll(ctx.getEnterpriseId(), team);
                gate.forgetLogged(team);
                LOG.info("Slack revoked the bot token of workspace {}: its installation is removed; its members are "
                        + "kept until it is installed again or uninstalled", team);
            }
            return ctx.ack();
        };
    }
}
