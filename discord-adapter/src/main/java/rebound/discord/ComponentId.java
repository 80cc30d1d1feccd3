package rebound.discord;


import java.util.Optional;

/**
 * What a button, menu or modal of ours carries in its {@code custom_id}: a kind, the user id of the
 * member it belongs to, and a payload, at most 100 characters (Discord's limit). Written
 * {@code <kind>:<owner>:<payload>} with a two-letter kind and the owner in decimal; when that would
 * not fit, in the short head: a one-letter kind and the owner in base 36, at most {@link #HEAD}
 * characters, so any core action (at most 80, {@code Action.LONGEST}) is carried whole. No side
 * table of codes: a button works after a restart. Both heads are read.
 */
record ComponentId(Kind kind, long owner, String payload) {

    static final int MAX_LENGTH = 100;
    /** Longest head: a one-letter kind, a colon, an unsigned 64-bit owner in base 36, a colon. */
    static final int HEAD = 1 + 1 + 13 + 1;

    enum Kind {
        /** A choice: the payload is the core's action (or a short code for a long one). */
        CHOICE("b", "rb"),
        /** A menu of several values sent together as text. */
        SEVERAL("t", "rt"),
        /** A button that opens a form; the payload is the form id. */
        OPEN_FORM("f", "rf"),
        /** A submitted form; the payload is the form id. */
        FORM("m", "rm");

        private final String prefix;
        /** The prefix of the plain head, with the owner in decimal. */
        private final String before;

        Kind(String prefix, String before) {
            this.prefix = prefix;
            this.before = before;
        }
    }

    String encode() {
        String plain = kind.before + ":" + Long.toUnsignedString(owner) + ":" + payload;
        return plain.length() <= MAX_LENGTH ? plain : kind.prefix + ":" + Long.toUnsignedString(owner, 36) + ":" + payload;
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
            if (kind.prefix.equals(parts[0]) || kind.before.equals(parts[0])) {
                try {
                    return Optional.of(new ComponentId(kind, Long.parseUnsignedLong(parts[1],
                            kind.prefix.equals(parts[0]) ? 36 : 10), parts[2]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
