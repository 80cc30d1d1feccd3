package rebound.discord;

import rebound.frontdoor.Member;

/** A Discord user as a Rebound member: {@code discord:<user id>}, and back. */
final class Members {

    private static final String PLATFORM = "discord";

    private Members() {
    }

    /** The member a Discord user is (their snowflake, written unsigned). */
    static Member of(long userId) {
        return Member.of(PLATFORM, Long.toUnsignedString(userId));
    }

    /** The user id of a member, or -1 when the member is not a Discord user. */
    static long userId(Member member) {
        return member.idsOn(PLATFORM, 1).map(ids -> {
            try {
                return Long.parseUnsignedLong(ids.get(0));
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }
}
