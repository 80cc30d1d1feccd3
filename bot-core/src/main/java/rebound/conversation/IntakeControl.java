package rebound.conversation;

import java.util.Locale;
import java.util.Optional;

/**
 * The controls available at any intake question. Their ids travel in {@link Action.Control}; the
 * words a member types for them are the playbook's ({@code understand_back}, ... in {@code words.txt}).
 */
public enum IntakeControl {
    BACK, SKIP, CANCEL, RESTART, HELP;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id in an encoded action, such as {@code skip} in {@code control:skip}. */
    public String id() {
        return id;
    }

    public static Optional<IntakeControl> byId(String id) {
        for (IntakeControl control : values()) {
            if (control.id.equals(id)) {
                return Optional.of(control);
            }
        }
        return Optional.empty();
    }
}
