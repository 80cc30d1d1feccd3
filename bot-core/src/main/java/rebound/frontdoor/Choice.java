package rebound.frontdoor;

/**
 * A button or menu entry: what the member sees, the value it stands for, and what pressing it sends
 * back (an action, encoded by the core: at most 80 characters, opaque to the platform).
 */
public record Choice(String label, String value, String action) {
}
