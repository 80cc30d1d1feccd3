package rebound.discord;

/** A Discord user as a Rebound member: {@code discord:<user id>}. */
final class Members {

    private static final String PREFIX = "discord:";

    private Members() {
    }

    static String of(long userId) {
        return PREFIX + Long.toUnsignedString(userId);
    }

    /** The user id of a member key, or -1 when the member is not a Discord user. */
    static long userId(String member) {
        if (member == null || !member.startsWith(PREFIX)) {
            return -1;
        }
        try {
            return Long.parseUnsignedLong(member.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
