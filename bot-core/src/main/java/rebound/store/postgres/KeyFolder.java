package rebound.store.postgres;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The members' keys of a PostgreSQL store, kept in a folder outside the database
 * ({@code REBOUND_KEY_DIR}) so that forget can really erase them: a key in a table would live on
 * in the database's WAL, its replicas and every backup, and with it the member's state. Each key is
 * a file of 32 random bytes named by a random key id ({@code 3f/3f9c….key}, owner-only), which the
 * member's row names; the file name says nothing of the member. Every instance on one database
 * must see the same folder (a shared volume when they run on several hosts): {@link #identity()}
 * names the folder, and the database remembers the first one it was used with
 * ({@link KeyFolderClaim}).
 *
 * <p>A new key is synced (file and folder) before the transaction that stores the first state
 * sealed with it commits, so no committed row lacks its key. {@link #erase} overwrites a key with
 * zeros, syncs, then deletes it.
 */
final class KeyFolder {

    /** Bytes of a member's key (AES-256). */
    static final int KEY_BYTES = 32;
    private static final String IDENTITY = "folder-id";
    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{32}");
    private static final int CACHED_KEYS = 10_000;

    private final Path root;
    private final SecureRandom random = new SecureRandom();
    /** Key ids are never reused, so a cached key is never stale: an erased id is never asked for again. */
    private final Cache<String, byte[]> cache = Caffeine.newBuilder().maximumSize(CACHED_KEYS).build();

    /**
     * The key folder at {@code root}, created when missing.
     *
     * @throws DatabaseUnusable when it cannot be created or written (the message is the line to show)
     */
    KeyFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
            if (!Files.isWritable(this.root)) {
                throw new DatabaseUnusable("the key folder " + this.root + " (" + KeyFolderClaim.SETTING
                        + ") cannot be written", null);
            }
        } catch (IOException e) {
            throw new DatabaseUnusable("cannot create the key folder " + this.root + " (" + KeyFolderClaim.SETTING
                    + "): " + e.getMessage(), e);
        }
    }

    /** Where the keys are, as an operator would look for them. */
    Path root() {
        return root;
    }

    /**
     * The random id of this folder, written on first use. Two instances starting on a new shared folder
     * at once agree on one id: the second finds the first's file and reads it.
     */
    String identity() {
        Path file = root.resolve(IDENTITY);
        try {
            if (!Files.exists(file)) {
                Path written = writeSynced(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
                try {
                    Files.createLink(file, written); // fails when another instance was first
                    syncFolder(root);
                } catch (FileAlreadyExistsException other) {
                    // theirs stands
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new DatabaseUnusable("cannot read or write " + file + " (" + KeyFolderClaim.SETTING + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Makes a key, syncs it into the folder, and returns its id: call before the transaction that
     * stores a state sealed with it commits.
     *
     * @throws java.io.UncheckedIOException when it cannot be written (the turn is then not saved)
     */
    String create() {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return keep(key);
    }

    /**
     * Syncs {@code key} into the folder under a new random id, and returns the id.
     *
     * @throws java.io.UncheckedIOException when it cannot be written
     * @throws IllegalArgumentException when the key is not {@link #KEY_BYTES} long
     */
    String keep(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a member's key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        byte[] id = new byte[16];
        random.nextBytes(id);
        String keyId = HexFormat.of().formatHex(id);
        Path file = fileOf(keyId);
        try {
            Files.createDirectories(file.getParent());
            Path written = writeSynced(key);
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE); // a random id: nothing is there yet
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a member's key in " + root, e);
        }
        cache.put(keyId, key.clone());
        return keyId;
    }

    /**
     * The key with this id.
     *
     * @throws IllegalStateException when the folder has no such key (it was erased, or this is not the
     *         folder the member's row was written with)
     */
    byte[] read(String keyId) {
        byte[] known = cache.getIfPresent(keyId);
        if (known != null) {
            return known;
        }
        try {
            byte[] key = Files.readAllBytes(fileOf(keyId));
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("the member's key in " + root + " is damaged");
            }
            cache.put(keyId, key);
            return key;
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the member's key is not in the key folder " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a member's key in " + root, e);
        }
    }

    /**
     * Erases the key: zeros over its bytes, synced, then the file deleted and the folder synced. A key
     * already gone is fine (another instance erased it).
     *
     * @throws java.io.UncheckedIOException when that fails; the caller keeps the id to try again
     */
    void erase(String keyId) {
        cache.invalidate(keyId);
        Path file = fileOf(keyId);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer zeros = ByteBuffer.allocate((int) Math.max(KEY_BYTES, channel.size()));
            while (zeros.hasRemaining()) {
                channel.write(zeros, zeros.position());
            }
            channel.force(true);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase a member's key in " + root, e);
        }
        try {
            Files.deleteIfExists(file);
            syncFolder(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a member's erased key in " + root, e);
        }
    }

    /** Whether a key with this id is in the folder (tests and the operator's checks). */
    boolean holds(String keyId) {
        return Files.exists(fileOf(keyId));
    }

    private Path fileOf(String keyId) {
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalStateException("a member's row names a malformed key id");
        }
        return root.resolve(keyId.substring(0, 2)).resolve(keyId + ".key");
    }

    /** {@code bytes} in a new owner-only file of the folder, synced: the caller moves or links it into place. */
    private Path writeSynced(byte[] bytes) throws IOException {
        Path file = root.resolve("new-" + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ownerOnly(file);
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return file;
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the folder's own permissions are all there is
        }
    }

    /** Syncs a folder's entries, so a new or deleted file survives a crash of the machine. */
    private static void syncFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
