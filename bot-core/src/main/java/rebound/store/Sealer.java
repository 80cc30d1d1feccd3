package rebound.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The one way both stores seal a member's bytes with the member's own AES-256 key: AES-GCM from the
 * JDK, a random 96-bit nonce per write, and the record's key (or the member's) as associated data so
 * sealed bytes cannot be passed off as another record's. Layout: a format byte, the nonce, the
 * ciphertext with its 128-bit tag ({@link #OVERHEAD} bytes more than the plain ones).
 */
public final class Sealer {

    /** Bytes a sealed record adds: a format byte, the nonce and the GCM tag. */
    public static final int OVERHEAD = 1 + 12 + 16;

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM", e);
        }
    });

    private final SecureRandom random = new SecureRandom();

    /** {@code plain} sealed with {@code key}, bound to {@code boundTo} (the associated data). */
    public byte[] seal(SecretKey key, String boundTo, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            sealed[0] = FORMAT;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, sealed, 1 + NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a member's record", e);
        }
    }

    /**
     * The plain bytes of {@code sealed}.
     *
     * @throws IllegalStateException when they are not sealed, or not with this key for {@code boundTo}
     */
    public byte[] open(SecretKey key, String boundTo, byte[] sealed) {
        if (sealed.length < OVERHEAD || sealed[0] != FORMAT) {
            throw new IllegalStateException("a record of the member is not sealed");
        }
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a record of the member does not open with their key", e);
        }
    }
}
