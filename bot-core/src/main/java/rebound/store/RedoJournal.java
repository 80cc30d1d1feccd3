package rebound.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;
import rebound.store.HeldWrites.Write;

/**
 * MapDB volumes that make a commit all-or-nothing under {@code kill -9} and power loss.
 *
 * <p>Why: MapDB 3.1's {@code StoreWAL.commit()} syncs its log, then writes the changes into the
 * data file in place, and its constructor never replays that log. A process killed in the middle
 * of those in-place writes leaves a data file with half a commit: broken index pointers ("Broken bit
 * parity"), records that read as damaged. {@code DurabilityTest} caught it about once in fifty kills.
 *
 * <p>What: the data file's volume keeps every write of a commit in memory until MapDB calls
 * {@link Volume#sync()} at the commit's end. Then the whole batch is appended to
 * {@code <file>.journal} as one record (a sequence number, offsets, bytes, a CRC32C) and the journal
 * is synced: from that moment the commit is durable. Only then is the batch written into the data
 * file, without a sync of its own: the journal holds every batch since the data file was last
 * synced, in order, and once it passes {@link #CHECKPOINT_BYTES} the data file is synced and the
 * journal starts again (a checkpoint). When the data file is next opened, every complete record is
 * written into it again, in order, before MapDB reads a byte: commits cut short are finished, a
 * record cut short is ignored (nothing of it reached the data file yet), and writing older batches
 * again is harmless because each later one writes over them. A record counts only if its sequence
 * number follows the one before, so what is left of older records beyond the newest one is never
 * read. A clean close syncs the data file and empties the journal.
 *
 * <p>A commit therefore costs one sync (the journal's), where MapDB alone costs two (its log, then
 * the data file) and this journal did too until 2026-11-30 (it synced the data file every commit).
 * MapDB's own log files stay, as scratch space for uncommitted records; syncing them buys nothing
 * now that no one replays them, so their {@code sync()} does nothing.
 */
final class RedoJournal extends DelegatingVolumeFactory {

    static final String SUFFIX = ".journal";
    /** Journal bytes after which the data file is synced and the journal starts again. */
    static final long CHECKPOINT_BYTES = 4L * 1024 * 1024;
    /** The journal of earlier versions: one batch at a time, the data file synced after each. */
    private static final long ONE_BATCH_MAGIC = 0x5245424e444a524cL; // "REBNDJRL"
    private static final long RECORD_MAGIC = 0x5245424e444a5232L; // "REBNDJR2"
    /** Earlier versions' header: magic, body length, CRC32C of the body. */
    private static final int HEADER = 8 + 4 + 4;
    /** A record's header: magic, sequence number, body length, CRC32C of the sequence number and body. */
    private static final int RECORD_HEADER = 8 + 8 + 4 + 4;
    /** Offset and length before each write's bytes. */
    private static final int ENTRY = 8 + 4;

    /** Journals the data files that {@code real} makes; {@code real} also makes the journal files. */
    RedoJournal(VolumeFactory real) {
        super(real);
    }

    @Override
    public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
            boolean fixedSize) {
        Volume volume = real.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize);
        if (file == null || readOnly) {
            return volume;
        }
        if (file.contains(".wal.")) {
            return new Unsynced(volume);
        }
        Volume journal = real.makeVolume(file + SUFFIX, false, 0L, sliceShift, 0L, false);
        replay(journal, volume);
        return new Journaled(volume, journal);
    }


    /**
     * Writes every complete record of the journal into {@code data}, in order, syncs it, and empties
     * the journal (truncated, so no older record is left to be mistaken for a new one); leaves
     * {@code data} as it is when there is none.
     */
    static void replay(Volume journal, Volume data) {
        List<List<Write>> batches = journal.length() >= 8 && journal.getLong(0) == ONE_BATCH_MAGIC
                ? List.of(readOneBatch(journal)) : readRecords(journal);
        for (List<Write> batch : batches) {
            apply(batch, data);
        }
        if (!batches.isEmpty()) {
            data.sync();
        }
        if (journal.length() > 0) {
            journal.truncate(0);
            journal.sync();
        }
    }

    /** The records from the journal's start, as long as each is whole and numbered one after the one before. */
    private static List<List<Write>> readRecords(Volume journal) {
        long length = journal.length();
        List<List<Write>> batches = new ArrayList<>();
        long at = 0;
        long expected = 0;
        while (at + RECORD_HEADER <= length && journal.getLong(at) == RECORD_MAGIC) {
            long sequence = journal.getLong(at + 8);
            int bodyLength = journal.getInt(at + 16);
            if (bodyLength < 0 || at + RECORD_HEADER + (long) bodyLength > length
                    || !batches.isEmpty() && sequence != expected) {
                break;
            }
            byte[] body = new byte[bodyLength];
            journal.getData(at + RECORD_HEADER, body, 0, bodyLength);
            if (crc(sequence, body) != journal.getInt(at + 20)) {
                break; // cut short while being written: nothing of it reached the data file yet
            }
            batches.add(writes(body));
            expected = sequence + 1;
            at += RECORD_HEADER + bodyLength;
        }
        return batches;
    }

    private static int crc(long sequence, byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(sequence).array());
        crc.update(body);
        return (int) crc.getValue();
    }

    private static List<Write> writes(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        List<Write> batch = new ArrayList<>();
        while (in.remaining() >= ENTRY) {
            long offset = in.getLong();
            byte[] bytes = new byte[in.getInt()];
            in.get(bytes);
            batch.add(new Write(offset, bytes));
        }
        return batch;
    }

    /** An earlier version's journal: its one batch when complete, else nothing. */
    private static List<Write> readOneBatch(Volume journal) {
        long length = journal.length();
        if (length < HEADER) {
            return List.of();
        }
        int bodyLength = journal.getInt(8);
        if (bodyLength < 0 || HEADER + (long) bodyLength > length) {
            return List.of();
        }
        byte[] body = new byte[bodyLength];
        journal.getData(HEADER, body, 0, bodyLength);
        CRC32C crc = new CRC32C();
        crc.update(body);
        if ((int) crc.getValue() != journal.getInt(12)) {
            return List.of(); // cut short while being written: the data file was not touched yet
        }
        return writes(body);
    }

    private static void apply(List<Write> batch, Volume data) {
        long end = 0;
        for (Write write : batch) {
            end = Math.max(end, write.end());
        }
        data.ensureAvailable(end);
        for (Write write : batch) {
            data.putData(write.offset(), write.bytes(), 0, write.bytes().length);
        }
    }


    /** The data file: writes wait in memory for {@code sync()}, which journals them, then applies them. */
    private static final class Journaled extends HeldWrites {
        private final Volume journal;
        /** A journaled batch not yet wholly in the data file (a write or sync of it failed). */
        private boolean unapplied;
        /** Where the next record goes. */
        private long journalEnd;
        /** The next record's number: from the clock, so no number repeats one from an earlier run. */
        private long sequence = System.currentTimeMillis() << 20;

        Journaled(Volume data, Volume journal) {
            super(data);
            this.journal = journal;
        }

        /**
         * Appends the commit's writes to the journal as one record and syncs it (the commit is then
         * durable), writes them into the data file, and syncs the data file only at a checkpoint.
         */
        @Override
        public synchronized void sync() {
            if (!holdsWrites()) {
                return; // nothing since the last commit, which the journal already holds
            }
            List<Write> batch = held();
            int bodyLength = 0;
            for (Write write : batch) {
                bodyLength = Math.addExact(bodyLength, ENTRY + write.bytes().length);
            }
            ByteBuffer body = ByteBuffer.allocate(bodyLength);
            for (Write write : batch) {
                body.putLong(write.offset()).putInt(write.bytes().length).put(write.bytes());
            }
            ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + bodyLength)
                    .putLong(RECORD_MAGIC).putLong(sequence).putInt(bodyLength).putInt(crc(sequence, body.array()))
                    .put(body.array());
            journal.ensureAvailable(journalEnd + record.capacity());
            journal.putData(journalEnd, record.array(), 0, record.capacity());
            journal.sync();
            // from here on the batch survives a crash: the next open writes it into the file again
            journalEnd += record.capacity();
            sequence++;
            dropHeld();
            unapplied = true;
            apply(batch, data);
            if (journalEnd >= CHECKPOINT_BYTES) {
                data.sync();
                journal.putLong(0, 0L); // the next record goes first; a crash before it replays nothing
                journalEnd = 0;
            }
            unapplied = false;
        }

        @Override
        public synchronized void close() {
            dropHeld(); // never synced: the commit they belong to did not finish
            try {
                if (!data.isClosed() && !unapplied) {
                    data.sync();
                    journal.truncate(0); // a batch a disk error cut short stays, for the next open to finish
                    journal.sync();
                }
            } catch (RuntimeException e) {
                // a full disk: the journal keeps its records, which the next open writes again, harmlessly
            } finally {
                closed.set(true);
                journal.close();
                data.close();
            }
        }

        @Override
        public void deleteFile() {
            super.deleteFile();
            journal.deleteFile();
        }
    }

    /** One of MapDB's log files: scratch space that no one reads after a restart, so never synced. */
    private static final class Unsynced extends DelegatingVolume {
        Unsynced(Volume data) {
            super(data);
        }

        @Override
        public void sync() {
            // see the class comment: MapDB 3.1 never replays its log
        }
    }
}
