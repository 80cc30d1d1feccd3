package rebound.store.postgres;

import javax.crypto.spec.SecretKeySpec;
import rebound.store.Sealer;

/**
 * Seals a member's state with the member's own AES-256 key through the same {@link Sealer} as the
 * MapDB store (AES-GCM from the JDK, a random 96-bit nonce per write). The member key is the
 * associated data, so one member's row cannot be passed off as another's. The keys themselves live
 * outside the database, in the {@link KeyFolder}.
 */
final class MemberSeal {

    private final Sealer sealer = new Sealer();

    /** {@code plain} sealed with {@code key}, bound to {@code member} (see {@link Sealer}). */
    byte[] seal(byte[] key, String member, byte[] plain) {
        return sealer.seal(new SecretKeySpec(key, "AES"), member, plain);
    }

    /**
     * The plain bytes of a sealed state.
     *
     * @throws IllegalStateException when the key is missing, or it was not sealed with this key for this member
     */
    byte[] open(byte[] key, String member, byte[] sealed) {
        if (key == null) {
            throw new IllegalStateException("the member's key is missing");
        }
        return sealer.open(new SecretKeySpec(key, "AES"), member, sealed);
    }
}
