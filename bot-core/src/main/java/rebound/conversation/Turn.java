package rebound.conversation;

import java.util.List;

/**
 * What one step of the conversation produced: the member's new state and the messages to send.
 * {@code forget} asks the store to delete everything of the member instead of saving.
 */
public record Turn(MemberState state, List<Outbound> messages, boolean forget) {

    public Turn {
        messages = List.copyOf(messages);
    }

    public Turn(MemberState state, List<Outbound> messages) {
        this(state, messages, false);
    }
}
