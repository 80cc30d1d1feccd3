package rebound.discord;

import rebound.frontdoor.MemberKey;

/** A Discord user as a Rebound member: {@code discord:<user id>}, and back (through {@link MemberKey}). */
final class Members {

    private static final String PLATFORM = "discord";

    private Members() {
    }

    static String of(long userId) {
        return MemberKey.of(PLATFORM, Long.toUnsignedString(userId));
    }

    /** The user id of a member key, or -1 when the member is not a Discord user. */
    static long userId(String member) {
        return MemberKey.parse(member, PLATFORM, 1).map(key -> {
            try {
                return Long.parseUnsignedLong(key.id(0));
            } catch (NumberFormatException e) {
                return -1L;
            }
        }).orElse(-1L);
    }
}
