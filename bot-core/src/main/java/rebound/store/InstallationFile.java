package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;

/**
 * {@link Installations} in the data directory, beside the members' MapDB file: a MapDB file of its
 * own ({@value #FILE}, transactions on, each save committed before it returns) whose records are
 * sealed with AES-256-GCM ({@link Sealer}, the record's id as associated data) under one key kept
 * apart in {@code keys/}{@value #KEY_FILE} (owner-only, made on first use). The file alone gives no
 * token away; a removed record's sealed bytes may linger in the file's free space, which is why the
 * key is not in it.
 */
public final class InstallationFile implements Installations {

    static final String FILE = "installations.db";
    static final String KEY_FILE = "installations.key";
    private static final int KEY_BYTES = 32;

    private final DB db;
    private final HTreeMap<String, byte[]> records;
    private final SecretKey key;
    private final Sealer sealer = new Sealer();

    private InstallationFile(DB db, SecretKey key) {
        this.db = db;
        this.key = key;
        this.records = db.hashMap("installations", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
    }

    /**
     * The installations of {@code dataDir}, creating the file and its key when missing.
     *
     * @throws UncheckedIOException when the key cannot be read or written
     */
    public static InstallationFile open(Path dataDir) {
        try {
            Files.createDirectories(dataDir.resolve(MemberKeys.DIR));
            SecretKey key = keyOf(dataDir.resolve(MemberKeys.DIR).resolve(KEY_FILE));
            DB db = DBMaker.fileDB(dataDir.resolve(FILE).toFile()).transactionEnable().make();
            return new InstallationFile(db, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the installations in " + dataDir, e);
        }
    }

    private static SecretKey keyOf(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] fresh = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(fresh);
            Path partial = file.resolveSibling(KEY_FILE + ".new");
            Files.write(partial, fresh, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            try {
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without owners' permissions: the folder's own protection applies
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != KEY_BYTES) {
            throw new IOException(file + " is not a key of " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public synchronized Optional<String> find(String id) {
        byte[] sealed = records.get(id);
        return sealed == null ? Optional.empty()
                : Optional.of(new String(sealer.open(key, id, sealed), StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void save(String id, String record) {
        try {
            records.put(id, sealer.seal(key, id, record.getBytes(StandardCharsets.UTF_8)));
            db.commit();
        } catch (RuntimeException e) {
            db.rollback();
            throw new IllegalStateException("the installation " + id + " was not saved", e);
        }
    }

    @Override
    public synchronized void remove(String id) {
        records.remove(id);
        db.commit();
    }

    @Override
    public synchronized void close() {
        db.close();
    }
}
