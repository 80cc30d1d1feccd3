package rebound.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

/**
 * MapDB volumes that make a commit all-or-nothing under {@code kill -9} and power loss.
 *
 * <p>Why: MapDB 3.1's {@code StoreWAL.commit()} syncs its log, then writes the changes into the
 * data file in place, and its constructor never replays that log. A process killed in the middle
 * of those in-place writes leaves a data file with half a commit: broken index pointers ("Broken bit
 * parity"), records that read as damaged. {@code DurabilityTest} caught it about once in fifty kills.
 *
 * <p>What: the data file's volume keeps every write of a commit in memory until MapDB calls
 * {@link Volume#sync()} at the commit's end. Then the whole batch goes to {@code <file>.journal}
 * (offsets, bytes, a CRC32C), which is synced; only then is the batch written into the data file,
 * which is synced. When the data file is next opened, a complete batch in the journal is written
 * into it again before MapDB reads a byte: a commit cut short is finished, a batch cut short is
 * ignored (the data file was not touched yet). Writing the newest batch again is harmless: nothing
 * wrote the data file after it. A clean close empties the journal, so a journal never outlives the
 * file it belongs to (compaction moves both together anyway).
 *
 * <p>MapDB's own log files stay, as scratch space for uncommitted records; syncing them buys
 * nothing now that no one replays them, so their {@code sync()} does nothing: a commit still costs
 * two syncs (journal, data file), as it did before.
 */
final class RedoJournal extends VolumeFactory {

    static final String SUFFIX = ".journal";
    private static final long MAGIC = 0x5245424e444a524cL; // "REBNDJRL"
    /** Magic, body length, CRC32C of the body. */
    private static final int HEADER = 8 + 4 + 4;
    /** Offset and length before each write's bytes. */
    private static final int ENTRY = 8 + 4;

    private final VolumeFactory real;

    /** Journals the data files that {@code real} makes; {@code real} also makes the journal files. */
    RedoJournal(VolumeFactory real) {
        this.real = real;
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

    @Override
    public boolean exists(String file) {
        return real.exists(file);
    }

    @Override
    public boolean handlesReadonly() {
        return real.handlesReadonly();
    }

    /** Writes the journal's batch into {@code data} when it is complete; leaves {@code data} as it is otherwise. */
    static void replay(Volume journal, Volume data) {
        List<Write> batch = read(journal);
        if (batch.isEmpty()) {
            return;
        }
        apply(batch, data);
        data.sync();
        empty(journal);
    }

    private static List<Write> read(Volume journal) {
        long length = journal.length();
        if (length < HEADER || journal.getLong(0) != MAGIC) {
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

    private static void empty(Volume journal) {
        if (journal.length() >= HEADER) {
            journal.putLong(0, 0L);
            journal.sync();
        }
    }

    private record Write(long offset, byte[] bytes) {
        long end() {
            return offset + bytes.length;
        }
    }

    /** The data file: writes wait in memory for {@code sync()}, which journals them, then applies them. */
    private static final class Journaled extends DelegatingVolume {
        private final Volume journal;
        // guarded by this
        private final List<Write> pending = new ArrayList<>();
        /** A journaled batch not yet wholly in the data file (a write or sync of it failed). */
        private boolean unapplied;

        Journaled(Volume data, Volume journal) {
            super(data);
            this.journal = journal;
        }

        @Override
        public synchronized void putLong(long offset, long value) {
            pending.add(new Write(offset, ByteBuffer.allocate(8).putLong(value).array()));
        }

        @Override
        public synchronized void putInt(long offset, int value) {
            pending.add(new Write(offset, ByteBuffer.allocate(4).putInt(value).array()));
        }

        @Override
        public synchronized void putByte(long offset, byte value) {
            pending.add(new Write(offset, new byte[] {value}));
        }

        @Override
        public synchronized void putData(long offset, byte[] src, int srcPos, int srcSize) {
            byte[] bytes = new byte[srcSize];
            System.arraycopy(src, srcPos, bytes, 0, srcSize);
            pending.add(new Write(offset, bytes));
        }

        @Override
        public synchronized void putData(long offset, ByteBuffer buf) {
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            pending.add(new Write(offset, bytes));
        }

        @Override
        public synchronized void clear(long startOffset, long endOffset) {
            pending.add(new Write(startOffset, new byte[Math.toIntExact(endOffset - startOffset)]));
        }

        @Override
        public synchronized long getLong(long offset) {
            return ByteBuffer.wrap(read(offset, 8)).getLong();
        }

        @Override
        public synchronized int getInt(long offset) {
            return ByteBuffer.wrap(read(offset, 4)).getInt();
        }

        @Override
        public synchronized byte getByte(long offset) {
            return read(offset, 1)[0];
        }

        @Override
        public synchronized DataInput2 getDataInput(long offset, int size) {
            return pending.isEmpty() ? data.getDataInput(offset, size) : new DataInput2.ByteArray(read(offset, size));
        }

        @Override
        public synchronized void getData(long offset, byte[] bytes, int bytesPos, int size) {
            if (pending.isEmpty()) {
                data.getData(offset, bytes, bytesPos, size);
            } else {
                System.arraycopy(read(offset, size), 0, bytes, bytesPos, size);
            }
        }

        /** The bytes at {@code offset}: the file's, with the writes waiting for the sync laid over them in order. */
        private byte[] read(long offset, int size) {
            byte[] bytes = new byte[size];
            long fileEnd = data.length();
            if (offset < fileEnd) {
                data.getData(offset, bytes, 0, (int) Math.min(size, fileEnd - offset));
            }
            for (Write write : pending) {
                long from = Math.max(offset, write.offset());
                long to = Math.min(offset + size, write.end());
                if (from < to) {
                    System.arraycopy(write.bytes(), (int) (from - write.offset()), bytes, (int) (from - offset),
                            (int) (to - from));
                }
            }
            return bytes;
        }

        @Override
        public synchronized long length() {
            long length = data.length();
            for (Write write : pending) {
                length = Math.max(length, write.end());
            }
            return length;
        }

        @Override
        public synchronized void sync() {
            if (pending.isEmpty()) {
                data.sync();
                return;
            }
            int bodyLength = 0;
            for (Write write : pending) {
                bodyLength = Math.addExact(bodyLength, ENTRY + write.bytes().length);
            }
            ByteBuffer body = ByteBuffer.allocate(bodyLength);
            for (Write write : pending) {
                body.putLong(write.offset()).putInt(write.bytes().length).put(write.bytes());
            }
            CRC32C crc = new CRC32C();
            crc.update(body.array());
            ByteBuffer whole = ByteBuffer.allocate(HEADER + bodyLength)
                    .putLong(MAGIC).putInt(bodyLength).putInt((int) crc.getValue()).put(body.array());
            journal.ensureAvailable(whole.capacity());
            journal.putData(0, whole.array(), 0, whole.capacity());
            journal.sync();
            // from here on the batch survives a crash: the next open writes it into the file again
            List<Write> batch = List.copyOf(pending);
            pending.clear();
            unapplied = true;
            apply(batch, data);
            data.sync();
            unapplied = false;
        }

        @Override
        public synchronized void close() {
            pending.clear(); // never synced: the commit they belong to did not finish
            try {
                if (!data.isClosed() && !unapplied) {
                    empty(journal); // a batch a disk error cut short stays, for the next open to finish
                }
            } catch (RuntimeException e) {
                // a full disk: the journal keeps its newest batch, which the next open writes again, harmlessly
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
