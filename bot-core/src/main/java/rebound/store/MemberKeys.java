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
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key per member, each in a slot of its own in {@code keys/keys.bin} in the data
 * directory, apart from the MapDB file: every record of a member is sealed with their key
 * (AES-GCM from the JDK, a random 96-bit nonce per record, the record's own key as associated
 * data so records cannot be swapped). Forget overwrites the member's slot with zeros (synced with
 * the commit that deletes their records; the slot is then reused), after which the member's bytes left anywhere (free space of the MapDB file, its log,
 * the backups compaction keeps, which never hold keys) cannot be read (crypto-shredding).
 */
final class MemberKeys implements AutoCloseable {

    static final String DIR = "keys";
    static final String FILE = "keys.bin";
    /** Bytes a sealed record adds: a format byte, the nonce and the GCM tag. */
    static final int OVERHEAD = Sealer.OVERHEAD;

    private static final int KEY_BYTES = 32;
    private static final int CACHED_KEYS = 10_000;
    private static final int HASH_BYTES = 32;
    /** A slot: the SHA-256 of the member key, then their key; all zeros when free. */
    private static final int SLOT_BYTES = HASH_BYTES + KEY_BYTES;
    private static final byte[] EMPTY = new byte[SLOT_BYTES];

    private final Path file;
    private final FileChannel channel;
    private final SecureRandom random = new SecureRandom();
    private final Sealer sealer = new Sealer();
    private final Cache<String, SecretKey> cache = Caffeine.newBuilder().maximumSize(CACHED_KEYS).build();
    // guarded by this
    private final Map<String, Long> slots = new HashMap<>();
    private final ArrayDeque<Long> free = new ArrayDeque<>();
    private long slotCount;
    private boolean dirty;

    /** The key store of {@code dataDir}, creating its folder and file when missing. */
    MemberKeys(Path dataDir) {
        Path dir = dataDir.resolve(DIR);
        this.file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            slotCount = channel.size() / SLOT_BYTES;
            ByteBuffer all = ByteBuffer.allocate((int) (slotCount * SLOT_BYTES));
            while (all.hasRemaining() && channel.read(all, all.position()) > 0) {
                // read the whole table
            }
            byte[] slot = new byte[SLOT_BYTES];
            for (long i = 0; i < slotCount; i++) {
                all.get((int) (i * SLOT_BYTES), slot);
                if (Arrays.equals(slot, EMPTY)) {
                    free.add(i);
                } else {
                    slots.put(HexFormat.of().formatHex(slot, 0, HASH_BYTES), i);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the members' keys in " + dir.toAbsolutePath(), e);
        }
    }

    /** The member's key, if they have one. */
    Optional<SecretKey> existing(String member) {
        SecretKey known = cache.getIfPresent(member);
        if (known != null) {
            return Optional.of(known);
        }
        Long slot;
        synchronized (this) {
            slot = slots.get(hash(member));
        }
        if (slot == null) {
            return Optional.empty();
        }
        try {
            ByteBuffer bytes = ByteBuffer.allocate(KEY_BYTES);
            channel.read(bytes, slot * SLOT_BYTES + HASH_BYTES);
            SecretKey key = new SecretKeySpec(bytes.array(), "AES");
            cache.put(member, key);
            return Optional.of(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key of a member", e);
        }
    }

    /**
     * The member's key, made when they have none. A new key is written at once and synced by
     * {@link #sync()} before the commit that may hold records sealed with it, so no record outlives
     * its key.
     */
    SecretKey ensure(String member) {
        Optional<SecretKey> known = existing(member);
        if (known.isPresent()) {
            return known.get();
        }
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        String hash = hash(member);
        synchronized (this) {
            Long slot = free.poll();
            if (slot == null) {
                slot = slotCount++;
            }
            write(slot, ByteBuffer.allocate(SLOT_BYTES).put(HexFormat.of().parseHex(hash)).put(key).flip());
            slots.put(hash, slot);
        }
        SecretKey secret = new SecretKeySpec(key, "AES");
        cache.put(member, secret);
        return secret;
    }

    /**
     * Erases the member's key: zeros over its slot, synced by the next {@link #sync()}. The store calls
     * it only once the commit that deletes the member's records is durable: erased earlier, a crash
     * before that commit would leave records that no key opens. Nothing sealed with it reads again.
     */
    void erase(String member) {
        cache.invalidate(member);
        synchronized (this) {
            Long slot = slots.remove(hash(member));
            if (slot != null) {
                write(slot, ByteBuffer.wrap(EMPTY));
                free.add(slot);
            }
        }
    }

    /**
     * Erases every key whose member has no record in the data file (a key made for a first turn that
     * was never committed, or one whose erasing a crash cut short after the member's records were
     * deleted), and syncs: run when the store opens, so a forgotten member's key never outlives a crash.
     *
     * @return how many keys were erased
     */
    int keepOnly(Iterable<String> members) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        members.forEach(member -> kept.add(hash(member)));
        int erased = 0;
        synchronized (this) {
            for (var it = slots.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Long> slot = it.next();
                if (!kept.contains(slot.getKey())) {
                    write(slot.getValue(), ByteBuffer.wrap(EMPTY));
                    free.add(slot.getValue());
                    it.remove();
                    erased++;
                }
            }
        }
        cache.invalidateAll();
        sync();
        return erased;
    }

    /** Syncs the keys made or erased since the last call: one sync for a whole group commit. */
    void sync() {
        synchronized (this) {
            if (!dirty) {
                return;
            }
            dirty = false;
        }
        try {
            channel.force(false);
        } catch (IOException e) {
            synchronized (this) {
                dirty = true;
            }
            throw new UncheckedIOException("cannot save the members' keys", e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // the file is closed with the process anyway
        }
    }

    private void write(long slot, ByteBuffer bytes) {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes, slot * SLOT_BYTES + bytes.position());
            }
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a member's key", e);
        }
    }

    /** {@code plain} sealed with {@code key}, bound to {@code recordKey} (see {@link Sealer}). */
    byte[] seal(SecretKey key, String recordKey, byte[] plain) {
        return sealer.seal(key, recordKey, plain);
    }

    /**
     * The plain bytes of a sealed record.
     *
     * @throws IllegalStateException when the record was not sealed with this key for this record key
     */
    byte[] open(SecretKey key, String recordKey, byte[] sealed) {
        return sealer.open(key, recordKey, sealed);
    }

    private static String hash(String member) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(member.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
