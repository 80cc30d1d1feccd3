package rebound.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps a core action that would not fit in a {@code custom_id} (or a menu value) under a short
 * code. Codes live in memory: after a restart, or once many newer ones were made, a code is gone and
 * its button answers that it has expired.
 */
final class ActionCodes {

    static final String CODE_MARK = "#";
    private static final int KEPT = 10_000;

    private final AtomicLong next = new AtomicLong();
    private final Map<String, String> actions = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /** The action itself when it fits in {@code room} characters, else a short code standing for it. */
    synchronized String shorten(String action, int room) {
        if (action.length() <= room && !action.startsWith(CODE_MARK)) {
            return action;
        }
        String code = CODE_MARK + Long.toString(next.incrementAndGet(), 36);
        actions.put(code, action);
        return code;
    }

    /** The action a payload stands for, or empty when it was a code that has expired. */
    synchronized Optional<String> resolve(String payload) {
        if (!payload.startsWith(CODE_MARK)) {
            return Optional.of(payload);
        }
        return Optional.ofNullable(actions.get(payload));
    }
}
