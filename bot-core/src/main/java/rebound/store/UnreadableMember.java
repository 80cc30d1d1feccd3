package rebound.store;

/**
 * A member whose stored record cannot be read (a damaged file, a state no reader understands). The
 * member is skipped, never the others; {@link MemberStore#forget} still deletes them.
 */
public final class UnreadableMember extends RuntimeException {

    public UnreadableMember(String member, Throwable cause) {
        super("the stored record of " + rebound.text.LogName.of(member) + " cannot be read (" + cause + ")", cause);
    }
}
