package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Offline compaction. With transactions on, MapDB's own {@code compact()} does nothing, so bytes of
 * forgotten members stay in the file; this copies every live member into a fresh file and keeps the
 * old one as a backup. Run it with the bot stopped.
 */
public final class Compaction {

    /** Sizes in bytes before and after, and where the old file was kept. */
    public record Result(long bytesBefore, long bytesAfter, long members, Path backup) {
    }

    private Compaction() {
    }

    public static Result compact(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MapDbMemberStore.FILE))) {
            throw new IllegalArgumentException("no Rebound data in " + dir.toAbsolutePath());
        }
        Path fresh = dir.resolve("compacting");
        Path backup = dir.resolve("backup-" + Instant.now().toString().replace(':', '-'));
        try {
            deleteTree(fresh);
            long before = size(dir);
            long members = 0;
            try (MapDbMemberStore old = MapDbMemberStore.open(dir);
                 MapDbMemberStore copy = MapDbMemberStore.open(fresh)) {
                for (String member : old.memberKeys()) {
                    copy.save(member, StateJson.read(old.raw(member)));
                    members++;
                }
                copy.commit();
            }
            Files.createDirectories(backup);
            for (Path file : dataFiles(dir)) {
                Files.move(file, backup.resolve(file.getFileName()));
            }
            for (Path file : dataFiles(fresh)) {
                Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(fresh);
            return new Result(before, size(dir), members, backup);
        } catch (IOException e) {
            throw new UncheckedIOException("compaction of " + dir.toAbsolutePath() + " failed; the backup, if any, "
                    + "is in " + backup, e);
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
