package rebound.discord;

import java.util.Optional;

/**
 * What a button, menu or modal of ours carries in its {@code custom_id}: a kind, the user id of the
 * member it belongs to, and a payload. Written {@code <kind>:<owner>:<payload>}, at most 100
 * characters (Discord's limit).
 */
record ComponentId(Kind kind, long owner, String payload) {

    static final int MAX_LENGTH = 100;

    enum Kind {
        /** A choice: the payload is the core's action (or a short code for a long one). */
        CHOICE("rb"),
        /** A menu of several values sent together as text. */
        SEVERAL("rt"),
        /** A button that opens a form; the payload is the form id. */
        OPEN_FORM("rf"),
        /** A submitted form; the payload is the form id. */
        FORM("rm");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }
    }

    String encode() {
        return kind.prefix + ":" + Long.toUnsignedString(owner) + ":" + payload;
    }

    boolean ownedBy(long userId) {
        return rebound.frontdoor.FrontDoor.ownedBy(Members.of(owner), Members.of(userId));
    }

    static Optional<ComponentId> parse(String customId) {
        if (customId == null) {
            return Optional.empty();
        }
        String[] parts = customId.split(":", 3);
        if (parts.length < 3) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.prefix.equals(parts[0])) {
                try {
                    return Optional.of(new ComponentId(kind, Long.parseUnsignedLong(parts[1]), parts[2]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
