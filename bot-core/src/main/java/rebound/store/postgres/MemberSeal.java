package rebound.store.postgres;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import rebound.member.MemberState;
import rebound.store.MemberParts;
import rebound.store.Sealer;
import rebound.store.StateJson;

/**
 * Seals a member's parts ({@link MemberParts}) with the member's own AES-256 key through the same
 * {@link Sealer} as the MapDB store (AES-GCM from the JDK, a random 96-bit nonce per write). Each part
 * is bound to the member and its name ({@link MemberParts#sealedAs}), so a part opens neither for
 * another member nor in another slot of the same member. The keys themselves live outside the
 * database, in the {@link KeyFolder}.
 */
final class MemberSeal {

    /**
     * The part holding a whole state sealed bound to the member alone, as schema version 3 kept it in
     * {@code rebound_members.state}: the move to parts ({@link StatesIntoParts}) leaves a state so only
     * when it could not open or cut it; such a member reads as before the move (damaged when it was), and
     * their next write, if any, cuts it into parts.
     */
    static final String WHOLE = "whole";

    private final Sealer sealer = new Sealer();

    /** {@code plain} sealed with {@code key}, bound to {@code member} alone: a whole state (schema version 3 and before). */
    byte[] seal(byte[] key, String member, byte[] plain) {
        return sealer.seal(new SecretKeySpec(key, "AES"), member, plain);
    }

    /** Each part sealed with {@code key}, bound to the member and the part's name; by name, in their order. */
    Map<String, byte[]> seal(byte[] key, String member, List<MemberParts.Part> parts) {
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        Map<String, byte[]> sealed = new LinkedHashMap<>();
        for (MemberParts.Part part : parts) {
            sealed.put(part.name(), sealer.seal(spec, MemberParts.sealedAs(member, part.name()), part.json()));
        }
        return sealed;
    }

    /**
     * The plain bytes of a whole state sealed bound to the member alone.
     *
     * @throws IllegalStateException when the key is missing, or it was not sealed with this key for this member
     */
    byte[] open(byte[] key, String member, byte[] sealed) {
        if (key == null) {
            throw new IllegalStateException("the member's key is missing");
        }
        return sealer.open(new SecretKeySpec(key, "AES"), member, sealed);
    }

    /**
     * The member's state from their sealed parts by name (a {@link #WHOLE} part: the whole state in it).
     *
     * @throws IllegalStateException when the key is missing, a part was not sealed with this key for this
     *         member and name, or a part the head names is missing
     * @throws java.io.UncheckedIOException when a part is not the JSON it should be
     */
    MemberState open(byte[] key, String member, Map<String, byte[]> sealed) {
        if (key == null) {
            throw new IllegalStateException("the member's key is missing");
        }
        if (sealed.containsKey(WHOLE)) {
            return StateJson.read(open(key, member, sealed.get(WHOLE)));
        }
        SecretKeySpec spec = new SecretKeySpec(key, "AES");
        Map<String, byte[]> plain = new HashMap<>();
        sealed.forEach((name, bytes) -> plain.put(name, sealer.open(spec, MemberParts.sealedAs(member, name), bytes)));
        return MemberParts.assemble(plain);
    }
}
