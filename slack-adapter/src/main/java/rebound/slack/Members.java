package rebound.slack;

/** The member key of a Slack user: {@code slack:<team id>:<user id>}, and back. */
final class Members {

    private static final String PREFIX = "slack:";

    private Members() {
    }

    static String key(String teamId, String userId) {
        if (teamId == null || teamId.isBlank() || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a Slack member needs a team and a user id");
        }
        return PREFIX + teamId + ":" + userId;
    }

    static boolean isSlack(String member) {
        return member.startsWith(PREFIX) && member.indexOf(':', PREFIX.length()) > 0;
    }

    static String userId(String member) {
        return member.substring(member.lastIndexOf(':') + 1);
    }

    static String teamId(String member) {
        return member.substring(PREFIX.length(), member.lastIndexOf(':'));
    }
}
