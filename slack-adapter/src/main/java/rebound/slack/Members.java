package rebound.slack;

import com.slack.api.bolt.context.Context;
import rebound.frontdoor.Member;

/**
 * A Slack user as a Rebound member: {@code slack:<workspace>:<user id>}, and back. The one rule for
 * who a request is from (issue 20, item 4) lives in {@link #of}.
 */
final class Members {

    private static final String PLATFORM = "slack";

    private Members() {
    }

    /**
     * The member a request is from: the workspace of the installation that serves the request, and
     * the user who acted. Both come from Bolt's context once the request is authorized: the team is
     * the one the bot token was confirmed for ({@code auth.test}, the workspace {@link OneWorkspace}
     * lets through), the user the request's own ({@code user_id}, {@code user.id}, {@code event.user}).
     *
     * <p>Why not a team id from the payload: for a Slack Connect user (a member of a partner
     * organisation in a shared channel or DM) Slack names their home workspace in some fields and
     * this install's in others. An event's envelope {@code team_id} may be the workspace the message
     * came from, while {@code authorizations[].team_id} is the install's; an interaction's
     * {@code team.id}, {@code user.team_id} and {@code view.team_id} are the user's home workspace,
     * while {@code view.app_installed_team_id} is the install's (Slack's Bolt for Java: EventRequest,
     * ViewSubmissionRequest and their shared-channel fixtures). Taking a different one per payload
     * type made one person two members. Slack user ids are unique across workspaces and
     * organisations, so the user id names the person; the install's workspace names whose token
     * answers them, which is also the key an install serving many workspaces needs.
     *
     * @param ctx the context of a request past Bolt's authorization middleware
     * @throws IllegalArgumentException when the context names no team or no user
     */
    static Member of(Context ctx) {
        return key(ctx.getTeamId(), ctx.getRequestUserId());
    }

    /** @throws IllegalArgumentException when the team or the user id is missing */
    static Member key(String teamId, String userId) {
        if (teamId == null || teamId.isBlank() || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a Slack member needs a team and a user id");
        }
        return Member.of(PLATFORM, teamId, userId);
    }

    /** What the key of every member of workspace {@code teamId} starts with: {@code slack:<team>:}. */
    static String prefixOf(String teamId) {
        return Member.of(PLATFORM, teamId, "x").key().replaceFirst("x$", "");
    }

    static boolean isSlack(Member member) {
        return member.idsOn(PLATFORM, 2).isPresent();
    }

    static String userId(Member member) {
        return ids(member).get(1);
    }

    static String teamId(Member member) {
        return ids(member).get(0);
    }

    private static java.util.List<String> ids(Member member) {
        return member.idsOn(PLATFORM, 2)
                .orElseThrow(() -> new IllegalArgumentException("not a Slack member: " + member));
    }
}
