package rebound.conversation;

/**
 * A button or menu entry: what the member sees, the value it stands for, and what pressing it sends
 * back (an {@link Action}, encoded).
 */
public record Choice(String label, String value, String action) {

    /** A choice that sends {@code action} back when pressed. */
    public static Choice of(String label, String value, Action action) {
        return new Choice(label, value, action.encode());
    }
}
