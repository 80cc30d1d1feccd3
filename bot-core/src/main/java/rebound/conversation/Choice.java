package rebound.conversation;

/** A button or menu entry: what the member sees, the value it stands for, and what pressing it sends back. */
public record Choice(String label, String value, String action) {
}
