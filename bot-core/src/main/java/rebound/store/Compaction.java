package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.mapdb.volume.RandomAccessFileVol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.text.LogName;

/**
 * Offline compaction. With transactions on, MapDB's own {@code compact()} does nothing, so bytes of
 * forgotten members stay in the file; this copies every live member into a fresh file and keeps the
 * old one as a backup. Run it with the bot stopped.
 */
public final class Compaction {

    private static final Logger LOG = LoggerFactory.getLogger(Compaction.class);

    /**
     * Sizes in bytes before and after, how many members were copied, the keys of members whose
     * record could not be read (left out of the copy, still in the backup), and where the old file
     * was kept.
     */
    public record Result(long bytesBefore, long bytesAfter, long members, List<String> unreadable, Path backup) {
    }

    private Compaction() {
    }

    /**
     * Copies every readable member of {@code dir} into a fresh file and keeps the old one in
     * {@code dir/backup-<time>/}. Never stops at a damaged member: it is left out and named in
     * {@link Result#unreadable()}. On any failure the data directory is as it was and no
     * {@code compacting/} folder is left behind.
     *
     * @throws IllegalArgumentException when {@code dir} holds no Rebound data
     * @throws UncheckedIOException when the copy could not be made; nothing was changed
     */
    public static Result compact(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MapDbMemberStore.FILE))) {
            throw new IllegalArgumentException("no Rebound data in " + dir.toAbsolutePath());
        }
        Path fresh = dir.resolve("compacting");
        Path backup = dir.resolve("backup-" + Instant.now().toString().replace(':', '-'));
        long before;
        long members = 0;
        List<String> unreadable = new ArrayList<>();
        try {
            deleteTree(fresh);
            before = size(dir);
            // both files' records are sealed with the same keys
            try (MemberKeys keys = new MemberKeys(dir);
                 MapDbMemberStore old = MapDbMemberStore.open(dir, RandomAccessFileVol.FACTORY, DiskGuard.of(dir),
                         keys);
                 MapDbMemberStore copy = MapDbMemberStore.open(fresh, RandomAccessFileVol.FACTORY, DiskGuard.of(dir),
                         keys)) {
                for (String member : old.memberKeys()) {
                    try {
                        copy.save(member, old.read(member));
                        members++;
                    } catch (UnreadableMember e) {
                        unreadable.add(member);
                        LOG.warn("Compaction leaves out {}: their record cannot be read ({}); it stays in the backup",
                                LogName.of(member), e.getCause() == null ? e.toString() : e.getCause().toString());
                    }
                }
                copy.commit();
            }
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new UncheckedIOException("compaction of " + dir.toAbsolutePath() + " failed; nothing was changed", e);
        } catch (RuntimeException e) {
            deleteQuietly(fresh);
            throw e;
        }
        try {
            Files.createDirectories(backup);
            for (Path file : dataFiles(dir)) {
                Files.move(file, backup.resolve(file.getFileName()));
            }
            for (Path file : dataFiles(fresh)) {
                Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(fresh);
            return new Result(before, size(dir), members, List.copyOf(unreadable), backup);
        } catch (IOException e) {
            throw new UncheckedIOException("compaction of " + dir.toAbsolutePath() + " failed while swapping files; "
                    + "the old file is in " + backup + " and the copy in " + fresh, e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete {} after a failed compaction; delete it by hand", dir, e);
        }
    }

    private static List<Path> dataFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(MapDbMemberStore.FILE)).toList();
        }
    }

    private static long size(Path dir) throws IOException {
        long total = 0;
        for (Path file : dataFiles(dir)) {
            total += Files.size(file);
        }
        return total;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }
}
