package rebound.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key per member, each in its own small file under {@code keys/} in the data
 * directory, apart from the MapDB file: every record of a member is sealed with their key
 * (AES-GCM from the JDK, a random 96-bit nonce per record, the record's own key as associated
 * data so records cannot be swapped). Forget erases the key file (overwritten with zeros, synced,
 * deleted), after which the member's bytes left anywhere (free space of the MapDB file, its log,
 * the backups compaction keeps, which never hold keys) cannot be read (crypto-shredding).
 */
final class MemberKeys {

    static final String DIR = "keys";
    /** Bytes a sealed record adds: a format byte, the nonce and the GCM tag. */
    static final int OVERHEAD = 1 + 12 + 16;

    private static final byte FORMAT = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int CACHED_KEYS = 10_000;
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM", e);
        }
    });

    private final Path dir;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean dirty;
    private final Cache<String, SecretKey> cache = Caffeine.newBuilder().maximumSize(CACHED_KEYS).build();

    /** The key store of {@code dataDir}, creating its folder when missing. */
    MemberKeys(Path dataDir) {
        this.dir = dataDir.resolve(DIR);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir.toAbsolutePath(), e);
        }
    }

    /** The member's key, if they have one. */
    Optional<SecretKey> existing(String member) {
        SecretKey known = cache.getIfPresent(member);
        if (known != null) {
            return Optional.of(known);
        }
        Path file = file(member);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == KEY_BYTES && Arrays.equals(bytes, new byte[KEY_BYTES])) {
                return Optional.empty(); // an erased key whose deletion a crash undid
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException("the key file of the member is damaged");
            }
            SecretKey key = new SecretKeySpec(bytes, "AES");
            cache.put(member, key);
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key of a member", e);
        }
    }

    /** The member's key, made and synced to disk first when they have none, so no record outlives its key. */
    SecretKey ensure(String member) {
        return ensure(member, true);
    }

    /**
     * Like {@link #ensure(String)}; with {@code durable} false a new key file is not synced (offline
     * imports making thousands of members, which start over after a crash).
     */
    SecretKey ensure(String member, boolean durable) {
        Optional<SecretKey> known = existing(member);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        Path file = file(member);
        Path fresh = dir.resolve(file.getFileName() + ".new");
        try {
            try (FileChannel out = FileChannel.open(fresh, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(bytes));
                if (durable) {
                    out.force(true);
                }
            }
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            dirty = true; // the folder is synced once for every key made before the next commit
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a member's key", e);
        }
        SecretKey key = new SecretKeySpec(bytes, "AES");
        cache.put(member, key);
        return key;
    }

    /**
     * Syncs the folder when keys were made since the last call, so their files outlive a crash:
     * called before each commit that may hold records sealed with them (one sync for a whole group).
     */
    void syncNewKeys() {
        if (!dirty) {
            return;
        }
        dirty = false;
        try {
            syncDir();
        } catch (IOException e) {
            dirty = true;
            throw new UncheckedIOException("cannot save the members' keys", e);
        }
    }

    /**
     * Erases the member's key: zeros over it, synced, then the file deleted. Nothing sealed with it
     * reads again; should a crash undo the deletion, the file holds only zeros, read as no key.
     */
    void erase(String member) {
        cache.invalidate(member);
        Path file = file(member);
        try {
            if (Files.exists(file)) {
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    out.write(ByteBuffer.wrap(new byte[KEY_BYTES]));
                    out.force(true);
                }
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase the key of a member", e);
        }
    }

    /** {@code plain} sealed with {@code key}, bound to {@code recordKey}. */
    byte[] seal(SecretKey key, String recordKey, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(recordKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            sealed[0] = FORMAT;
            System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, sealed, 1 + NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a record", e);
        }
    }

    /**
     * The plain bytes of a sealed record.
     *
     * @throws IllegalStateException when the record was not sealed with this key for this record key
     */
    byte[] open(SecretKey key, String recordKey, byte[] sealed) {
        if (sealed.length < OVERHEAD || sealed[0] != FORMAT) {
            throw new IllegalStateException("a record of the member is not sealed");
        }
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(recordKey.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a record of the member does not open with their key", e);
        }
    }

    private Path file(String member) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(member.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash) + ".key");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private void syncDir() throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
