package rebound.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps saves away from a full disk, where MapDB would be left half-way: every update first checks
 * that the data directory's disk has at least {@link #MARGIN} bytes free (a turn writes kilobytes;
 * the margin covers many group commits and the file's growth), and the store keeps a reserve file of
 * {@link #RESERVE} bytes that it deletes when a save fails anyway, so that a restart has room to
 * replay MapDB's log.
 */
final class DiskGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DiskGuard.class);

    /** Free bytes the data disk must keep for an update to go ahead. */
    static final long MARGIN = 64L * 1024 * 1024;
    /** Size of the reserve file, in bytes. */
    static final long RESERVE = 16L * 1024 * 1024;
    static final String RESERVE_FILE = "reserve";

    private final Path reserve;
    private final LongSupplier freeBytes;
    private final long margin;
    private final long reserveBytes;

    DiskGuard(Path dir, LongSupplier freeBytes, long margin, long reserveBytes) {
        this.reserve = dir.resolve(RESERVE_FILE);
        this.freeBytes = freeBytes;
        this.margin = margin;
        this.reserveBytes = reserveBytes;
    }

    /** The guard of {@code dir}'s own disk, with the default margin and reserve. */
    static DiskGuard of(Path dir) {
        try {
            FileStore disk = Files.getFileStore(dir);
            return new DiskGuard(dir, () -> {
                try {
                    return disk.getUsableSpace();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, MARGIN, RESERVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot see the free space of " + dir.toAbsolutePath(), e);
        }
    }

    /** Writes the reserve file when it is missing and the disk has room for it beyond the margin. */
    void makeReserve() {
        try {
            if (reserveBytes == 0 || (Files.exists(reserve) && Files.size(reserve) >= reserveBytes)) {
                return;
            }
            if (freeBytes.getAsLong() < margin + reserveBytes) {
                LOG.warn("The data disk has too little room for a reserve of {} MB; it is made once there is room",
                        reserveBytes >> 20);
                return;
            }
            byte[] zeros = new byte[1 << 20];
            // real zeros, not a sparse file: the blocks must be taken now to be given back later
            try (FileChannel out = FileChannel.open(reserve, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                for (long written = 0; written < reserveBytes; written += zeros.length) {
                    out.write(ByteBuffer.wrap(zeros, 0, (int) Math.min(zeros.length, reserveBytes - written)));
                }
                out.force(true);
            }
        } catch (IOException e) {
            LOG.warn("Could not write the reserve file {} ({})", reserve, e.toString());
            release();
        }
    }

    /**
     * Refuses an update when the disk is below the margin.
     *
     * @throws NotSaved naming the free and the needed space
     */
    void check() {
        long free = freeBytes.getAsLong();
        if (free < margin) {
            throw new NotSaved("the data disk has " + (free >> 20) + " MB free, under the " + (margin >> 20)
                    + " MB Rebound keeps free; nothing was saved. Free some space on it.");
        }
    }

    /** Deletes the reserve file: room for a restart to replay MapDB's log. */
    void release() {
        try {
            Files.deleteIfExists(reserve);
        } catch (IOException e) {
            LOG.warn("Could not delete the reserve file {} ({})", reserve, e.toString());
        }
    }
}
