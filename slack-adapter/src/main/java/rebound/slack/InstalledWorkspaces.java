package rebound.slack;

import rebound.frontdoor.Member;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.bolt.model.Bot;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsClient;

/**
 * {@link Workspaces} of an app installed through the OAuth flow: each member's calls go with the bot
 * token of their workspace's installation ({@link InstallationStore#findBot}, refreshed there when
 * token rotation is on). A workspace without an installation (uninstalled, its token revoked, never
 * installed) is refused without calling Slack.
 */
final class InstalledWorkspaces implements Workspaces {

    /** Clients kept at most, one pair per token (a refreshed token gets new ones). */
    private static final int CLIENTS = 10_000;

    private final Slack slack;
    private final InstallationStore installs;
    private final Cache<String, MethodsClient> clients = Caffeine.newBuilder().maximumSize(CLIENTS).build();
    private final Cache<String, AsyncMethodsClient> paced = Caffeine.newBuilder().maximumSize(CLIENTS).build();

    InstalledWorkspaces(Slack slack, InstallationStore installs) {
        this.slack = slack;
        this.installs = installs;
    }

    @Override
    public MethodsClient client(Member member) throws SlackRefusal {
        return clients.get(tokenOf(member), slack::methods);
    }

    @Override
    public AsyncMethodsClient paced(Member member) throws SlackRefusal {
        return paced.get(tokenOf(member), slack::methodsAsync);
    }

    private String tokenOf(Member member) throws SlackRefusal {
        String team = Members.teamId(member);
        Bot bot = installs.findBot(null, team);
        if (bot == null || bot.getBotAccessToken() == null) {
            throw new SlackRefusal("no installation in workspace " + team, 0, null);
        }
        return bot.getBotAccessToken();
    }
}
