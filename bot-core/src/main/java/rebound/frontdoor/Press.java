package rebound.frontdoor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The one grammar of what a pressed component of ours carries back (a button, a menu, a form's button
 * or the form itself): its {@link Kind}, the member it belongs to (the owner stamped in) and a payload
 * (the core's encoded action, a form id, or a name for a menu), in at most {@link #LONGEST}
 * characters, the tightest platform id limit (a Discord {@code custom_id}: 100; a Slack
 * {@code block_id} or {@code action_id} takes 255). No side table: a press works after a restart.
 *
 * <p>Written {@code r<kind>:<owner>:<payload>}, the owner as the member key's ids after its platform
 * joined by {@code .} (the platform is the one the press comes back from): {@code rb:123:answer:stage:final}
 * for {@code discord:123}, {@code rb:T1.U1:...} for {@code slack:T1:U1}. When that passes
 * {@link #LONGEST}, or an id holds a {@code .}, the owner is sealed: {@code <kind>~<16 characters>:<payload>},
 * the first 96 bits of the SHA-256 of the whole member key in base64url, so any payload of
 * {@link #LONGEST_PAYLOAD} characters fits. Read too: the short head Discord wrote before issue 19
 * ({@code <kind>:<owner in base 36>:<payload>}), so buttons already sent keep working.
 */
public record Press(Kind kind, String owner, String payload) {

    /** Longest id written, in characters: a Discord {@code custom_id} takes 100 (Slack's ids take 255). */
    public static final int LONGEST = 100;
    /** Longest payload that always fits, whoever the owner: {@code rebound.conversation.Action.LONGEST} is 80. */
    public static final int LONGEST_PAYLOAD = LONGEST - (1 + 1 + 16 + 1); // the sealed head: kind, ~, seal, colon
    private static final String SEAL = "~";
    private static final int SEAL_LENGTH = 16;
    /** How a short code kept in memory by versions before issue 19 began; those are gone after a restart. */
    private static final String EARLIER_CODE = "#";

    /** What was pressed. */
    public enum Kind {
        /** A choice: the payload is the core's action, or a menu's name (the action is the entry picked). */
        CHOICE('b'),
        /** A menu of several values sent together as one text. */
        SEVERAL('t'),
        /** A button that opens a form; the payload is the form id. */
        OPEN_FORM('f'),
        /** A submitted form; the payload is the form id. */
        FORM('m');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        private static Optional<Kind> of(char letter) {
            for (Kind kind : values()) {
                if (kind.letter == letter) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A press in its parts; {@code owner} is the member key's ids joined by {@code .} or a sealed
     * owner ({@code ~} and 16 characters), as {@link #of} makes it.
     *
     * @throws IllegalArgumentException when a part is missing
     */
    public Press {
        if (kind == null || owner == null || owner.isEmpty() || payload == null) {
            throw new IllegalArgumentException("a press needs a kind, an owner and a payload");
        }
    }

    /** The press of {@code kind} belonging to {@code owner}, carrying {@code payload}. */
    public static Press of(Kind kind, Member owner, String payload) {
        return new Press(kind, ownerText(owner.key()), payload);
    }

    /**
     * The id to put on the platform's component: the plain form when it fits, else the sealed one.
     *
     * @throws IllegalArgumentException when even the sealed form passes {@link #LONGEST} (a payload
     *     longer than {@link #LONGEST_PAYLOAD})
     */
    public String write() {
        String plain = "r" + kind.letter + ":" + owner + ":" + payload;
        if (!owner.startsWith(SEAL) && plain.length() <= LONGEST) {
            return plain;
        }
        String sealed = kind.letter + (owner.startsWith(SEAL) ? owner : SEAL + digest(owner.replace('.', ':'))) + ":"
                + payload;
        if (sealed.length() > LONGEST) {
            throw new IllegalArgumentException("a payload of " + payload.length() + " characters does not fit in "
                    + LONGEST + " with its owner");
        }
        return sealed;
    }

    /**
     * Whether {@code presser} is the member this press belongs to. Only they may use it; a press with
     * no owner is nobody's.
     */
    public boolean ownedBy(Member presser) {
        if (presser == null) {
            return false;
        }
        String key = presser.key();
        int colon = key.indexOf(':');
        try {
            return owner.startsWith(SEAL) ? colon > 0 && owner.equals(SEAL + digest(key.substring(colon + 1)))
                    : owner.equals(ownerText(key));
        } catch (IllegalArgumentException notAKey) {
            return false;
        }
    }

    /**
     * The press an id of ours carries, or empty when it is none (a malformed, foreign or forged id,
     * or a short code of a version before issue 19, which is gone): the door answers such a press as
     * expired. Never throws.
     */
    public static Optional<Press> read(String id) {
        if (id == null || id.length() < 4 || id.length() > LONGEST || !wellFormed(id)) {
            return Optional.empty();
        }
        Optional<Press> read;
        if (id.charAt(0) == 'r' && id.charAt(2) == ':') {
            read = parts(id.charAt(1), id.substring(3), false);
        } else if (id.startsWith(SEAL, 1)) {
            read = sealed(id);
        } else if (id.charAt(1) == ':') {
            read = parts(id.charAt(0), id.substring(2), true);
        } else {
            read = Optional.empty();
        }
        return read.filter(p -> !(p.kind == Kind.CHOICE && p.payload.startsWith(EARLIER_CODE)));
    }

    private static Optional<Press> sealed(String id) {
        int end = 2 + SEAL_LENGTH;
        if (id.length() <= end || id.charAt(end) != ':') {
            return Optional.empty();
        }
        String stamp = id.substring(2, end);
        if (!stamp.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
            return Optional.empty();
        }
        return Kind.of(id.charAt(0)).map(kind -> new Press(kind, SEAL + stamp, id.substring(end + 1)));
    }

    /** {@code <owner>:<payload>} after the kind; the owner in base 36 in Discord's short head of before issue 19. */
    private static Optional<Press> parts(char letter, String rest, boolean base36) {
        int colon = rest.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String owner = rest.substring(0, colon);
        if (!owner.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '-' || c == '_')
                || owner.startsWith(".") || owner.endsWith(".") || owner.contains("..")) {
            return Optional.empty();
        }
        if (base36) {
            try {
                owner = Long.toUnsignedString(Long.parseUnsignedLong(owner, 36));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String written = owner;
        return Kind.of(letter).map(kind -> new Press(kind, written, rest.substring(colon + 1)));
    }

    /** No control character, no lone surrogate: what {@link KeyText} refuses in a key. */
    private static boolean wellFormed(String id) {
        try {
            KeyText.check("id", id);
            return true;
        } catch (KeyText.Refused e) {
            return false;
        }
    }

    /** The owner as written: the key's ids after its platform joined by {@code .}, or sealed when an id holds a {@code .}. */
    private static String ownerText(String memberKey) {
        int colon = memberKey == null ? -1 : memberKey.indexOf(':');
        if (colon <= 0 || colon == memberKey.length() - 1) {
            throw new IllegalArgumentException("not a member key: " + memberKey);
        }
        String ids = memberKey.substring(colon + 1);
        if (ids.contains(".") || List.of(ids.split(":", -1)).contains("")) {
            return SEAL + digest(ids);
        }
        return ids.replace(':', '.');
    }

    /** The seal of a member's ids ({@code T1:U1}, the key after its platform): 96 bits of SHA-256, base64url. */
    private static String digest(String ids) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ids.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, SEAL_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
