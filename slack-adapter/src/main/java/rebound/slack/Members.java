package rebound.slack;

import rebound.frontdoor.MemberKey;

/** The member key of a Slack user: {@code slack:<team id>:<user id>}, and back (through {@link MemberKey}). */
final class Members {

    private static final String PLATFORM = "slack";

    private Members() {
    }

    /** @throws IllegalArgumentException when the team or the user id is missing */
    static String key(String teamId, String userId) {
        if (teamId == null || teamId.isBlank() || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a Slack member needs a team and a user id");
        }
        return MemberKey.of(PLATFORM, teamId, userId);
    }

    static boolean isSlack(String member) {
        return MemberKey.parse(member, PLATFORM, 2).isPresent();
    }

    static String userId(String member) {
        return parts(member).id(1);
    }

    static String teamId(String member) {
        return parts(member).id(0);
    }

    private static MemberKey parts(String member) {
        return MemberKey.parse(member, PLATFORM, 2)
                .orElseThrow(() -> new IllegalArgumentException("not a Slack member: " + member));
    }
}
