package rebound.store.postgres;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a member's state with the member's own AES-256 key, as the MapDB store's {@code MemberKeys}
 * does (AES-GCM from the JDK, a random 96-bit nonce per write, the same layout: a format byte, the
 * nonce, the ciphertext and its tag). The member key is the associated data, so one member's row
 * cannot be passed off as another's. The keys themselves live in {@code rebound_member_keys}.
 */
final class MemberSeal {

    /** Bytes of a member's key. */
    static final int KEY_BYTES = 32;

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int OVERHEAD = 1 + NONCE_BYTES + TAG_BITS / 8;
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM", e);
        }
    });

    private final SecureRandom random = new SecureRandom();

    /** A new random key for a member. */
    byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** {@code plain} sealed with {@code key}, bound to {@code member}. */
    byte[] seal(byte[] key, String member, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(member.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            sealed[0] = FORMAT;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, sealed, 1 + NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a member's state", e);
        }
    }

    /**
     * The plain bytes of a sealed state.
     *
     * @throws IllegalStateException when it was not sealed with this key for this member
     */
    byte[] open(byte[] key, String member, byte[] sealed) {
        if (key == null) {
            throw new IllegalStateException("the member's key is missing");
        }
        if (sealed.length < OVERHEAD || sealed[0] != FORMAT) {
            throw new IllegalStateException("the member's state is not sealed");
        }
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(member.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the member's state does not open with their key", e);
        }
    }
}
