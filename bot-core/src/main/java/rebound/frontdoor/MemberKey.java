package rebound.frontdoor;

import java.util.List;
import java.util.Optional;
import rebound.text.LogName;

/**
 * The one way a front door names a member for the core, and reads the name back:
 * {@code <platform>:<id>[:<id>...]}, such as {@code slack:<team id>:<user id>} or
 * {@code discord:<user id>}. Platform ids never hold a colon, so the parts come back exactly.
 */
public record MemberKey(String platform, List<String> ids) {

    public MemberKey {
        if (platform == null || platform.isBlank() || platform.contains(":")) {
            throw new IllegalArgumentException("a member key needs a platform name without ':', not " + platform);
        }
        if (ids == null || ids.isEmpty() || ids.stream().anyMatch(id -> id == null || id.isBlank() || id.contains(":"))) {
            throw new IllegalArgumentException("a " + platform + " member needs ids without ':', not " + ids);
        }
        ids = List.copyOf(ids);
    }

    /**
     * How a log line names the member with this key: a keyed hash, stable while the process runs,
     * never the key, the platform's ids or anything the member typed ({@link LogName}).
     */
    public static String logName(String key) {
        return LogName.of(key);
    }

    /** The key of a member of {@code platform} with these ids, in order. */
    public static String of(String platform, String... ids) {
        return new MemberKey(platform, List.of(ids)).toString();
    }

    /** The parts of {@code key} when it names a member of {@code platform} with {@code idCount} ids; else empty. */
    public static Optional<MemberKey> parse(String key, String platform, int idCount) {
        if (key == null || !key.startsWith(platform + ":")) {
            return Optional.empty();
        }
        String[] parts = key.substring(platform.length() + 1).split(":", -1);
        if (parts.length != idCount) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MemberKey(platform, List.of(parts)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The id at {@code index} (0 is the first after the platform). */
    public String id(int index) {
        return ids.get(index);
    }

    @Override
    public String toString() {
        return platform + ":" + String.join(":", ids);
    }
}
