package rebound.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import rebound.member.MemberState;
import rebound.rejection.Rejection;

/**
 * A member's state cut into parts, the one cut both stores use ({@link MemberRecords}: a small head,
 * the recent delivery ids, one part per rejection, each at most {@link MemberRecords#LARGEST_RECORD}
 * bytes sealed), so a turn writes only the parts it changed (issue 22: on PostgreSQL a member of
 * 500 rejections rewrote 788 KB per turn). The MapDB store ({@link MemberFile}) and the PostgreSQL
 * store ({@code rebound_member_parts}) name parts alike: {@value #HEAD}, {@value #SEEN}, and
 * {@code r:} followed by the rejection's id. A part is sealed bound to {@link #sealedAs}, so it
 * opens neither as another member's part nor as another part of the same member.
 */
public final class MemberParts {

    /** The head part: the state without rejections and delivery ids, and the rejections' order. */
    public static final String HEAD = "head";
    /** The part of the recent delivery ids and when each was seen. */
    public static final String SEEN = "seen";
    private static final String REJECTION = "r:";

    /** One part to write: its name within the member and its plain JSON bytes (not yet sealed). */
    public record Part(String name, byte[] json) {
    }

    /**
     * What writing a state changes: the parts to write (new or different), the names of the parts to
     * delete (rejections no longer there), and the state as it reads back afterwards (the delivery ids
     * trimmed to {@link MemberRecords#SEEN_BYTES}).
     */
    public record Changes(List<Part> written, List<String> removed, MemberState stored) {
    }

    private MemberParts() {
    }

    /**
     * The parts that writing {@code wanted} over {@code before} changes. {@code before} null or empty
     * means nothing is known to be stored: every part is written and none deleted. Every part is made
     * and measured before any is returned.
     *
     * @throws NotSaved when a part would be over {@link MemberRecords#LARGEST_RECORD} bytes sealed
     * @throws IllegalArgumentException when the member key holds U+0000 or U+0001
     */
    public static Changes between(String member, MemberState before, MemberState wanted) {
        MemberRecords.checkMember(member);
        MemberState state = MemberRecords.trimSeen(wanted);
        boolean all = before == null || before.equals(MemberState.empty());
        List<Part> written = new ArrayList<>();
        if (all || !MemberRecords.sameHead(before, state)) {
            written.add(new Part(HEAD, MemberRecords.head(member, state)));
        }
        if (all || !before.seen().equals(state.seen()) || !before.seenAt().equals(state.seenAt())) {
            written.add(new Part(SEEN, MemberRecords.seen(member, state)));
        }
        for (Rejection rejection : state.rejections()) {
            Rejection was = all ? null : before.rejection(rejection.id());
            if (!rejection.equals(was)) {
                written.add(new Part(rejection(rejection.id()), MemberRecords.rejection(member, rejection)));
            }
        }
        List<String> removed = new ArrayList<>();
        if (!all) {
            for (Rejection gone : before.rejections()) {
                if (state.rejection(gone.id()) == null) {
                    removed.add(rejection(gone.id()));
                }
            }
        }
        return new Changes(written, removed, state);
    }

    /**
     * The state from its parts' plain bytes by name (parts of rejections the head does not list are
     * ignored; no {@value #SEEN} part reads as no delivery ids).
     *
     * @throws IllegalStateException when the head or a rejection it lists is missing
     * @throws java.io.UncheckedIOException when a part is not the JSON it should be
     */
    public static MemberState assemble(Map<String, byte[]> parts) {
        byte[] head = parts.get(HEAD);
        if (head == null) {
            throw new IllegalStateException("the head part of the member is missing");
        }
        MemberRecords.Head parsed = MemberRecords.readHead(head);
        List<Rejection> rejections = new ArrayList<>(parsed.rejections().size());
        for (String id : parsed.rejections()) {
            byte[] rejection = parts.get(rejection(id));
            if (rejection == null) {
                throw new IllegalStateException("the part of rejection " + id + " is missing");
            }
            rejections.add(MemberRecords.readRejection(rejection));
        }
        byte[] seen = parts.get(SEEN);
        return MemberRecords.assemble(parsed, rejections,
                seen == null ? new MemberRecords.Seen(List.of(), List.of()) : MemberRecords.readSeen(seen));
    }

    /** The name of the part holding the rejection with {@code id}. */
    public static String rejection(String id) {
        return REJECTION + id;
    }

    /**
     * What a member's part is sealed bound to (the associated data): the member key, U+0000, the part's
     * name; the same as the MapDB store's record keys ({@link MemberRecords#headKey} and the others).
     */
    public static String sealedAs(String member, String part) {
        return member + '\u0000' + part;
    }
}
