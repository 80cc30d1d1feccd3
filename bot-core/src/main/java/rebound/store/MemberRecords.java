package rebound.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import rebound.member.MemberState;
import rebound.rejection.Rejection;

/**
 * How one member's state is cut into records no bigger than {@link #LARGEST_RECORD}, so no record
 * grows with the member: a small head (intake under way, what the bot awaits, the id counter, the
 * order of the rejections, the member's zone), the recent delivery ids (at most {@link #SEEN_BYTES}), and one record
 * per rejection. All JSON, like {@link StateJson}.
 *
 * <p>Why a bound at all: MapDB 3.1's write-ahead log writes a record over 65,520 bytes
 * ({@code StoreDirectJava.MAX_RECORD_SIZE}) as a chain of linked chunks, and after {@code kill -9}
 * such chains were found broken (issue 10: every member lost for good was over 64 KB; none under
 * 20 KB in the same trials). Measured again on MapDB alone (4 threads each putting and committing
 * records of one size, {@code kill -9} at random, 10 kills a size): 32 KB and 70 KB records came
 * back whole every time, 130 KB records (three chunks) were broken after 7 of 10 kills. Records
 * here stay under half a single chunk.
 */
final class MemberRecords {

    /** Largest record written, in bytes: half of MapDB's largest single-chunk record (65,520 bytes). */
    static final int LARGEST_RECORD = 32 * 1024;
    /** Bytes of delivery ids (and their times) kept per member; the oldest are dropped first. */
    static final int SEEN_BYTES = 24 * 1024;
    /** Layout of the head record; 1 was the whole state in one record (the "members" map). */
    static final int LAYOUT = 2;

    private static final char SEPARATOR = '\u0000';
    /** The most bytes one time of {@link Seen#at} takes as JSON, with its comma. */
    private static final int TIME_BYTES = 21;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    /**
     * The delivery-ids record: the ids and, aligned with their end, when each was seen (epoch
     * seconds). Written before times were kept, it was a bare JSON array of the ids.
     */
    record Seen(List<String> ids, List<Long> at) {
        Seen {
            ids = ids == null ? List.of() : ids;
            at = at == null ? List.of() : at;
        }
    }

    /** The head record: the state without its rejections and delivery ids, and the rejections' order. */
    record Head(int layout, MemberState state, List<String> rejections) {
    }

    private MemberRecords() {
    }

    /** The head's own name, for sealing: the head map is keyed by the member alone. */
    static String headKey(String member) {
        return MemberParts.sealedAs(member, MemberParts.HEAD);
    }

    static String seenKey(String member) {
        return MemberParts.sealedAs(member, MemberParts.SEEN);
    }

    static String rejectionKey(String member, String id) {
        return MemberParts.sealedAs(member, MemberParts.rejection(id));
    }

    /** The first and one-past-last keys of a member's part records, for a range over all of them. */
    static String firstPartKey(String member) {
        return member + SEPARATOR;
    }

    static String afterLastPartKey(String member) {
        return member + (char) (SEPARATOR + 1);
    }

    /** Refuses a member key that could run into another member's records. */
    static void checkMember(String member) {
        if (member.indexOf(SEPARATOR) >= 0 || member.indexOf(SEPARATOR + 1) >= 0) {
            throw new IllegalArgumentException("a member key may not hold the characters U+0000 or U+0001");
        }
    }

    static byte[] head(String member, MemberState state) {
        MemberState bare = new MemberState(state.version(), List.of(), state.intake(), state.awaiting(), List.of(),
                List.of(), state.counter(), state.timeZone(), state.zoneChosen());
        List<String> ids = state.rejections().stream().map(Rejection::id).toList();
        return checked(member, "head", json(new Head(LAYOUT, bare, ids)));
    }

    /** True when the two states have the same head record. */
    static boolean sameHead(MemberState a, MemberState b) {
        return a.version() == b.version() && a.counter() == b.counter() && a.awaiting().equals(b.awaiting())
                && a.timeZone().equals(b.timeZone()) && a.zoneChosen() == b.zoneChosen()
                && Objects.equals(a.intake(), b.intake())
                && a.rejections().stream().map(Rejection::id).toList()
                .equals(b.rejections().stream().map(Rejection::id).toList());
    }

    /** The state with only as many of its latest delivery ids as fit in {@link #SEEN_BYTES}. */
    static MemberState trimSeen(MemberState state) {
        List<String> seen = state.seen();
        if (mostJsonBytes(seen) <= SEEN_BYTES || json(new Seen(seen, state.seenAt())).length <= SEEN_BYTES) {
            return state;
        }
        int bytes = 20;
        int keep = 0;
        for (int i = seen.size() - 1; i >= 0; i--) {
            bytes += json(seen.get(i)).length + 1 + TIME_BYTES;
            if (bytes > SEEN_BYTES) {
                break;
            }
            keep++;
        }
        List<Long> at = state.seenAt();
        return new MemberState(state.version(), state.rejections(), state.intake(), state.awaiting(),
                seen.subList(seen.size() - keep, seen.size()), at.subList(Math.max(0, at.size() - keep), at.size()),
                state.counter(), state.timeZone(), state.zoneChosen());
    }

    /**
     * An upper bound of the bytes of {@code ids} as JSON, without writing it: a char takes at most 6
     * bytes (escaped), plus quotes and a comma per id and the brackets. Writing the whole list on
     * every turn only to measure it took about 4% of a turn's CPU (a JFR profile of
     * {@code CoreBenchmark concurrent}).
     */
    private static long mostJsonBytes(List<String> ids) {
        long bytes = 20;
        for (String id : ids) {
            bytes += 6L * id.length() + 3 + TIME_BYTES;
        }
        return bytes;
    }

    static byte[] seen(String member, MemberState state) {
        return checked(member, "delivery ids", json(new Seen(state.seen(), state.seenAt())));
    }

    static byte[] rejection(String member, Rejection rejection) {
        return checked(member, "rejection " + rejection.id(), json(rejection));
    }

    static Head readHead(byte[] bytes) {
        return read(bytes, Head.class);
    }

    static Seen readSeen(byte[] bytes) {
        try {
            if (bytes.length > 0 && bytes[0] == '[') { // written before times were kept
                return new Seen(StateJson.mapper().readValue(bytes, STRINGS), List.of());
            }
            return StateJson.mapper().readValue(bytes, Seen.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read delivery ids", e);
        }
    }

    static Rejection readRejection(byte[] bytes) {
        return read(bytes, Rejection.class);
    }

    /** The whole state from its head, its rejections in the head's order, and its delivery ids. */
    static MemberState assemble(Head head, List<Rejection> rejections, Seen seen) {
        MemberState bare = head.state();
        return new MemberState(bare.version(), new ArrayList<>(rejections), bare.intake(), bare.awaiting(), seen.ids(),
                seen.at(), bare.counter(), bare.timeZone(), bare.zoneChosen());
    }

    private static byte[] checked(String member, String what, byte[] bytes) {
        if (bytes.length > LARGEST_RECORD - MemberKeys.OVERHEAD) {
            throw new NotSaved("the " + what + " record of " + rebound.text.LogName.of(member) + " would be " + bytes.length
                    + " bytes, over the " + LARGEST_RECORD + " a record may hold; nothing was saved");
        }
        return bytes;
    }

    private static byte[] json(Object value) {
        try {
            return StateJson.mapper().writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write member state", e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return StateJson.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read member state", e);
        }
    }
}
