package rebound.frontdoor;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.text.LogName;

/**
 * A member, as every front door names them to the core and the core names them back: one key,
 * checked once when the member is made ({@link KeyText}: 1 to 200 characters of well-formed text, no
 * control character), so nothing further in needs to wonder. A platform's door makes the key from the
 * platform's ids, {@code <platform>:<id>[:<id>...]} ({@code slack:<team id>:<user id>},
 * {@code discord:<user id>}), and reads those ids back with {@link #idsOn}; the terminal names its
 * member {@code console:<user>}, and a JSON line names its member as it likes.
 *
 * <p>The key is what the store keeps the member's state under. {@link #toString()} is the member's
 * {@link #logName() log name}, never the key: a member written into a log line by mistake names no
 * one.
 *
 * @param key the member's key
 * @throws KeyText.Refused when {@code key} may not name a member
 */
public record Member(String key) {

    private static final String SEPARATOR = ":";
    private static final Logger LOG = LoggerFactory.getLogger(Member.class);
    /** The unusable stored keys already warned of ({@link #allKept}). */
    private static final java.util.Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Member {
        KeyText.check("member", key);
    }

    /**
     * The member of {@code platform} with these ids, in order.
     *
     * @throws IllegalArgumentException when the platform name or an id is blank or holds a colon
     *     (platform ids never do: that is what lets {@link #idsOn} give them back exactly)
     */
    public static Member of(String platform, String... ids) {
        if (platform == null || platform.isBlank() || platform.contains(SEPARATOR)) {
            throw new IllegalArgumentException("a member needs a platform name without ':', not " + platform);
        }
        if (ids.length == 0 || Arrays.stream(ids).anyMatch(id -> id == null || id.isBlank() || id.contains(SEPARATOR))) {
            throw new IllegalArgumentException("a " + platform + " member needs ids without ':', not "
                    + Arrays.toString(ids));
        }
        return new Member(platform + SEPARATOR + String.join(SEPARATOR, ids));
    }

    /**
     * The ids this member was made with by {@link #of}, when made for {@code platform} with
     * {@code count} ids; empty for a member of another platform or of another shape.
     */
    public Optional<List<String>> idsOn(String platform, int count) {
        if (!key.startsWith(platform + SEPARATOR)) {
            return Optional.empty();
        }
        List<String> ids = List.of(key.substring(platform.length() + 1).split(SEPARATOR, -1));
        if (ids.size() != count || ids.stream().anyMatch(String::isBlank)) {
            return Optional.empty();
        }
        return Optional.of(ids);
    }

    /**
     * The members the store keeps under these keys, in this order. A key no member could have today
     * (one kept before keys were checked at the door, issue 19) is left out, so one such key holds up
     * nobody else's reminders, with a warning naming neither it nor the member: once per key while the
     * process runs, though such a member stays due at every reminder round.
     */
    public static List<Member> allKept(List<String> keys) {
        List<Member> members = new java.util.ArrayList<>(keys.size());
        for (String key : keys) {
            try {
                members.add(new Member(key));
            } catch (KeyText.Refused unusable) {
                if (WARNED.add(key)) {
                    LOG.warn("Left out a stored member whose key no door could give today ({})", LogName.of(key));
                }
            }
        }
        return members;
    }

    /**
     * How a log line names this member: a keyed hash, stable while the process runs, never the key,
     * the platform's ids or anything the member typed ({@link LogName}).
     */
    public String logName() {
        return LogName.of(key);
    }

    /** The member's {@link #logName() log name}: never the key. */
    @Override
    public String toString() {
        return logName();
    }
}
