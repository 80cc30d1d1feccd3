package rebound.slack;

import rebound.frontdoor.Member;
import com.slack.api.methods.AsyncMethodsClient;
import com.slack.api.methods.MethodsClient;

/**
 * Whose token a Web API call for a member is made with (issue 20, "many workspaces"): the member's
 * workspace's, named by their key ({@code slack:<team>:<user>}, {@link Members}). With one bot token
 * that is always the same token ({@link #one}); installed in many workspaces it is the installation's
 * ({@link InstalledWorkspaces}).
 */
interface Workspaces {

    /**
     * A client that calls at once with the token of {@code member}'s workspace.
     *
     * @throws SlackRefusal when that workspace has no installation (uninstalled, or its token revoked)
     */
    MethodsClient client(Member member) throws SlackRefusal;

    /**
     * A client whose calls go through the SDK's paced queue ({@link SdkPacing}), with the same token.
     *
     * @throws SlackRefusal when that workspace has no installation
     */
    AsyncMethodsClient paced(Member member) throws SlackRefusal;

    /** One workspace, one token: these clients for every member. */
    static Workspaces one(MethodsClient client, AsyncMethodsClient paced) {
        return new Workspaces() {
            @Override
            public MethodsClient client(Member member) {
                return client;
            }

            @Override
            public AsyncMethodsClient paced(Member member) {
                return paced;
            }
        };
    }
}
