package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.CC;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import org.mapdb.StoreWAL;
import org.mapdb.volume.RandomAccessFileVol;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

@DisplayName("A commit is all or nothing, wherever the process dies")
class RedoJournalTest {

    private static final int KEYS = 40;

    @TempDir
    Path root;

    @Test
    @DisplayName("killed at any write of a commit, the file reopens with that commit whole or not at all")
    void everyCutPoint() {
        int writes = writesOfSecondCommit(true);
        assertThat(writes).as("writes a commit makes (journal and data file)").isGreaterThan(10);
        for (int cut = 0; cut <= writes; cut++) {
            Path file = root.resolve("cut-" + cut).resolve("rebound.db");
            Map<String, String> reopened = cutSecondCommit(file, cut, true);
            assertThat(reopened).as("cut after %d of %d writes", cut, writes).isIn(first(), second());
        }
        assertThat(cutSecondCommit(root.resolve("whole").resolve("rebound.db"), writes, true)).isEqualTo(second());
    }

    @Test
    @DisplayName("without the journal the same cut damages the file: MapDB 3.1 never replays its own log")
    void mapDbAloneDamages() {
        int writes = writesOfSecondCommit(false);
        int damaged = 0;
        for (int cut = 0; cut <= writes && damaged == 0; cut++) {
            Path file = root.resolve("bare-" + cut).resolve("rebound.db");
            try {
                Map<String, String> reopened = cutSecondCommit(file, cut, false);
                if (!reopened.equals(first()) && !reopened.equals(second())) {
                    damaged++;
                }
            } catch (RuntimeException e) {
                damaged++;
            }
        }
        assertThat(damaged).as("cut points that leave half a commit").isPositive();
    }

    @Test
    @DisplayName("a clean close empties the journal, so it never outlives its data file")
    void cleanClose() {
        Path file = root.resolve("clean").resolve("rebound.db");
        file.getParent().toFile().mkdirs();
        DB written = open(file, new RedoJournal(RandomAccessFileVol.FACTORY));
        map(written).putAll(first());
        written.commit();
        written.close();
        Volume journal = RandomAccessFileVol.FACTORY.makeVolume(file + RedoJournal.SUFFIX, false, 0L, CC.PAGE_SHIFT,
                0L, false);
        assertThat(journal.length()).as("emptied on close").isZero();
        journal.close();
        DB db = open(file, new RedoJournal(RandomAccessFileVol.FACTORY));
        assertThat(Map.copyOf(map(db))).isEqualTo(first());
        db.close();
    }

    @Test
    @DisplayName("a disk error while a journaled commit is written into the file: a clean close keeps the journal, the next open finishes it")
    void diskErrorWhileApplying() {
        int writes = writesOfSecondCommit(true);
        int finished = 0;
        for (int cut = 0; cut < writes; cut++) {
            Path file = root.resolve("error-" + cut).resolve("rebound.db");
            file.getParent().toFile().mkdirs();
            Dying disk = new Dying(RandomAccessFileVol.FACTORY);
            DB db = open(file, new RedoJournal(disk));
            map(db).putAll(first());
            db.commit();
            change(map(db));
            disk.failOnceAfter(cut);
            try {
                db.commit();
            } catch (RuntimeException diskError) {
                // MapDB reports the failed write; the store stops saving (see MapDbMemberStore)
            }
            db.close();
            DB reopened = open(file, new RedoJournal(RandomAccessFileVol.FACTORY));
            try {
                Map<String, String> state = Map.copyOf(map(reopened));
                assertThat(state).as("error at write %d of %d", cut, writes).isIn(first(), second());
                finished += state.equals(second()) ? 1 : 0;
            } finally {
                reopened.close();
            }
        }
        assertThat(finished).as("errors after the batch was journaled, finished by the next open").isPositive();
    }

    @Test
    @DisplayName("a power cut loses what the data file was not synced with: every commit since is in the journal, in order,"
            + " and the next open writes them all again")
    void powerCutAfterManyCommits() {
        Path file = root.resolve("power").resolve("rebound.db");
        file.getParent().toFile().mkdirs();
        PowerCut power = new PowerCut(RandomAccessFileVol.FACTORY);
        DB db = open(file, new RedoJournal(power));
        HTreeMap<String, String> members = map(db);
        Map<String, String> expected = new HashMap<>();
        for (int commit = 0; commit < 30; commit++) {
            for (int i = 0; i < KEYS; i++) {
                if ((i + commit) % 4 == 0) {
                    members.put("member-" + i, "commit " + commit + " " + "z".repeat((i * commit) % 90));
                    expected.put("member-" + i, "commit " + commit + " " + "z".repeat((i * commit) % 90));
                }
            }
            if (commit % 5 == 4) {
                members.remove("member-" + commit);
                expected.remove("member-" + commit);
            }
            db.commit();
        }
        assertThat(power.lost()).as("data-file writes a power cut would lose: the data file is synced only at checkpoints")
                .isPositive();
        power.cut();
        DB reopened = open(file, new RedoJournal(RandomAccessFileVol.FACTORY));
        try {
            assertThat(Map.copyOf(map(reopened))).isEqualTo(expected);
        } finally {
            reopened.close();
        }
    }

    @Test
    @DisplayName("past the checkpoint size the data file is synced and the journal starts again; a power cut after that"
            + " still loses nothing")
    void checkpoint() {
        Path file = root.resolve("checkpoint").resolve("rebound.db");
        file.getParent().toFile().mkdirs();
        PowerCut power = new PowerCut(RandomAccessFileVol.FACTORY);
        DB db = open(file, new RedoJournal(power));
        HTreeMap<String, String> members = map(db);
        String big = "w".repeat(40_000);
        int commits = (int) (RedoJournal.CHECKPOINT_BYTES / 40_000) + 20;
        for (int commit = 0; commit < commits; commit++) {
            members.put("member-" + (commit % KEYS), big + commit);
            db.commit();
        }
        assertThat(power.syncsOfDataFile()).as("checkpoints").isPositive();
        java.io.File journal = new java.io.File(file + RedoJournal.SUFFIX);
        assertThat(journal.length()).as("the journal starts again instead of growing: at most the checkpoint size"
                + " and one commit").isLessThan(RedoJournal.CHECKPOINT_BYTES + 200_000);
        power.cut();
        DB reopened = open(file, new RedoJournal(RandomAccessFileVol.FACTORY));
        try {
            HTreeMap<String, String> after = map(reopened);
            for (int commit = commits - KEYS; commit < commits; commit++) {
                assertThat(after.get("member-" + (commit % KEYS))).isEqualTo(big + commit);
            }
        } finally {
            reopened.close();
        }
    }

    @Test
    @DisplayName("opening replays the records in order while each is whole and numbered after the one before; what"
            + " follows (a stale record of an earlier round, a torn one) is ignored")
    void replayStopsAtTheFirstRecordOutOfLine() {
        Volume data = fresh("records.db");
        Volume journal = fresh("records.db" + RedoJournal.SUFFIX);
        long at = 0;
        at = record(journal, at, 41, 100, "first  ");
        at = record(journal, at, 42, 100, "second ");
        at = record(journal, at, 42, 200, "stale!!"); // an earlier round's record: not numbered 43
        record(journal, at, 44, 300, "after!!");
        RedoJournal.replay(journal, data);
        assertThat(text(data, 100, 7)).isEqualTo("second ");
        assertThat(text(data, 200, 7)).doesNotContain("stale");
        assertThat(text(data, 300, 7)).doesNotContain("after");
        assertThat(journal.length()).as("emptied once replayed").isZero();
        data.close();
        journal.close();
    }

    @Test
    @DisplayName("a journal left by the earlier version (one batch, the data file synced at every commit) is still"
            + " finished when the file is opened")
    void earlierVersionsJournal() {
        Volume data = fresh("old.db");
        Volume journal = fresh("old.db" + RedoJournal.SUFFIX);
        byte[] bytes = "from the old journal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteBuffer body = ByteBuffer.allocate(8 + 4 + bytes.length).putLong(500).putInt(bytes.length).put(bytes);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(body.array());
        ByteBuffer whole = ByteBuffer.allocate(16 + body.capacity()).putLong(0x5245424e444a524cL)
                .putInt(body.capacity()).putInt((int) crc.getValue()).put(body.array());
        journal.ensureAvailable(whole.capacity());
        journal.putData(0, whole.array(), 0, whole.capacity());
        RedoJournal.replay(journal, data);
        assertThat(text(data, 500, bytes.length)).isEqualTo("from the old journal");
        assertThat(journal.length()).isZero();
        data.close();
        journal.close();
    }

    private Volume fresh(String name) {
        root.toFile().mkdirs();
        return RandomAccessFileVol.FACTORY.makeVolume(root.resolve(name).toString(), false, 0L, CC.PAGE_SHIFT, 0L,
                false);
    }

    /** Appends a record numbered {@code sequence} that writes {@code text} at {@code offset}, as a commit does. */
    private static long record(Volume journal, long at, long sequence, long offset, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteBuffer body = ByteBuffer.allocate(8 + 4 + bytes.length).putLong(offset).putInt(bytes.length).put(bytes);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(ByteBuffer.allocate(8).putLong(sequence).array());
        crc.update(body.array());
        ByteBuffer record = ByteBuffer.allocate(24 + body.capacity()).putLong(0x5245424e444a5232L).putLong(sequence)
                .putInt(body.capacity()).putInt((int) crc.getValue()).put(body.array());
        journal.ensureAvailable(at + record.capacity());
        journal.putData(at, record.array(), 0, record.capacity());
        return at + record.capacity();
    }

    private static String text(Volume data, long offset, int length) {
        if (data.length() < offset + length) {
            return "";
        }
        byte[] bytes = new byte[length];
        data.getData(offset, bytes, 0, length);
        return new String(bytes, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** How many writes to the files the second commit makes, with or without the journal. */
    private int writesOfSecondCommit(boolean journal) {
        Path file = root.resolve(journal ? "count" : "count-bare").resolve("rebound.db");
        file.getParent().toFile().mkdirs();
        Dying counting = new Dying(RandomAccessFileVol.FACTORY);
        DB db = open(file, journal ? new RedoJournal(counting) : counting);
        map(db).putAll(first());
        db.commit();
        int before = counting.writes.get();
        change(map(db));
        db.commit();
        int writes = counting.writes.get() - before;
        db.close();
        return writes;
    }

    /** Commits {@link #first()}, dies after {@code cut} writes of the commit to {@link #second()}, reopens. */
    private Map<String, String> cutSecondCommit(Path file, int cut, boolean journal) {
        file.getParent().toFile().mkdirs();
        VolumeFactory real = RandomAccessFileVol.FACTORY;
        Dying dying = new Dying(real);
        DB db = open(file, journal ? new RedoJournal(dying) : dying);
        map(db).putAll(first());
        db.commit();
        change(map(db));
        dying.dieAfter(cut);
        try {
            db.commit();
        } catch (Killed e) {
            // the process is gone: nothing more reaches the disk
        }
        dying.die();
        DB reopened = open(file, journal ? new RedoJournal(real) : real);
        try {
            return Map.copyOf(map(reopened));
        } finally {
            reopened.close();
        }
    }

    private static Map<String, String> first() {
        Map<String, String> state = new HashMap<>();
        for (int i = 0; i < KEYS; i++) {
            state.put("member-" + i, "first " + "x".repeat(i % 40));
        }
        return state;
    }

    private static Map<String, String> second() {
        Map<String, String> state = first();
        applyChange(state);
        return state;
    }

    private static void change(Map<String, String> map) {
        applyChange(map);
    }

    private static void applyChange(Map<String, String> state) {
        for (int i = 0; i < KEYS; i += 3) {
            state.put("member-" + i, "second " + "y".repeat(i % 70));
        }
        for (int i = 1; i < KEYS; i += 7) {
            state.remove("member-" + i);
        }
        for (int i = KEYS; i < KEYS + 10; i++) {
            state.put("member-" + i, "new " + i);
        }
    }

    private static HTreeMap<String, String> map(DB db) {
        return db.hashMap("members", Serializer.STRING, Serializer.STRING).createOrOpen();
    }

    private static DB open(Path file, VolumeFactory volumes) {
        String path = file.toString();
        boolean exists = volumes.exists(path);
        return new DB(StoreWAL.make(path, volumes, 0L, true, CC.STORE_DIRECT_CONC_SHIFT, 0L, 0L, false, false,
                false, true, false), exists, true, RedoJournalTest.class.getClassLoader(), 0);
    }

    /**
     * The machine of a power cut: the data file's writes stay in memory (the page cache) until its
     * {@code sync()}, and {@link #cut()} drops what was not synced; the journal and MapDB's own log
     * files write through (the journal is synced at every commit anyway).
     */
    private static final class PowerCut extends DelegatingVolumeFactory {
        private final java.util.List<Cached> data = new java.util.ArrayList<>();
        private final java.util.List<Volume> all = new java.util.ArrayList<>();

        PowerCut(VolumeFactory real) {
            super(real);
        }

        /** Writes to data files made since their last sync. */
        int lost() {
            return data.stream().mapToInt(Cached::unsynced).sum();
        }

        int syncsOfDataFile() {
            return data.stream().mapToInt(c -> c.syncs).sum();
        }

        /** The power goes: unsynced data-file writes are lost, every file handle closes without writing. */
        void cut() {
            for (Cached cached : data) {
                cached.lose();
            }
            all.forEach(Volume::close);
        }

        @Override
        public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
                boolean fixedSize) {
            Volume raw = real.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize);
            all.add(raw);
            if (file == null || file.endsWith(RedoJournal.SUFFIX) || file.contains(".wal.")) {
                return raw;
            }
            Cached cached = new Cached(raw);
            data.add(cached);
            return cached;
        }

    }

    /** A data file whose writes reach the disk only at {@code sync()}; reads see them before. */
    private static final class Cached extends HeldWrites {
        final Volume raw;
        int syncs;

        Cached(Volume raw) {
            super(raw);
            this.raw = raw;
        }

        int unsynced() {
            return held().size();
        }

        void lose() {
            dropHeld();
        }

        @Override
        public synchronized void sync() {
            for (Write write : held()) {
                raw.ensureAvailable(write.end());
                raw.putData(write.offset(), write.bytes(), 0, write.bytes().length);
            }
            dropHeld();
            raw.sync();
            syncs++;
        }
    }

    private static final class Killed extends RuntimeException {
        Killed() {
            super("killed");
        }
    }

    /**
     * Volumes of one process that can be killed: after {@link #dieAfter} more writes, the next write
     * throws and from then on nothing reaches the files (writes, syncs, closes all do nothing), as with
     * {@code kill -9}, whose page cache the kernel keeps.
     */
    private static final class Dying extends DelegatingVolumeFactory {
        final AtomicInteger writes = new AtomicInteger();
        private volatile int left = Integer.MAX_VALUE;
        private volatile boolean dead;
        private volatile boolean failOnce;
        private final java.util.List<Volume> opened = new java.util.ArrayList<>();

        Dying(VolumeFactory real) {
            super(real);
        }

        void dieAfter(int writes) {
            left = writes;
        }

        /** After {@code writes} more writes, one write fails as a disk error would; the process goes on. */
        void failOnceAfter(int writes) {
            left = writes;
            failOnce = true;
        }

        /** The process is gone: its file handles close without writing anything more. */
        void die() {
            dead = true;
            synchronized (opened) {
                opened.forEach(Volume::close);
            }
        }

        @Override
        public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
                boolean fixedSize) {
            return wrap(real.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize));
        }

        private Volume wrap(Volume raw) {
            synchronized (opened) {
                opened.add(raw);
            }
            return new DelegatingVolume(raw) {
                private void write(Runnable put) {
                    if (dead) {
                        return;
                    }
                    if (left-- <= 0) {
                        if (failOnce) {
                            failOnce = false;
                            left = Integer.MAX_VALUE;
                            throw new org.mapdb.DBException.VolumeIOError(new java.io.IOException("I/O error (test)"));
                        }
                        dead = true;
                        throw new Killed();
                    }
                    writes.incrementAndGet();
                    put.run();
                }

                @Override
                public void ensureAvailable(long offset) {
                    if (!dead) {
                        raw.ensureAvailable(offset);
                    }
                }

                @Override
                public void truncate(long size) {
                    if (!dead) {
                        raw.truncate(size);
                    }
                }

                @Override
                public void putLong(long offset, long value) {
                    write(() -> raw.putLong(offset, value));
                }

                @Override
                public void putInt(long offset, int value) {
                    write(() -> raw.putInt(offset, value));
                }

                @Override
                public void putByte(long offset, byte value) {
                    write(() -> raw.putByte(offset, value));
                }

                @Override
                public void putData(long offset, byte[] src, int srcPos, int srcSize) {
                    write(() -> raw.putData(offset, src, srcPos, srcSize));
                }

                @Override
                public void putData(long offset, ByteBuffer buf) {
                    write(() -> raw.putData(offset, buf));
                }

                @Override
                public void clear(long startOffset, long endOffset) {
                    write(() -> raw.clear(startOffset, endOffset));
                }

                @Override
                public void close() {
                    if (!dead) {
                        raw.close();
                    }
                }

                @Override
                public void sync() {
                    if (!dead) {
                        raw.sync();
                    }
                }
            };
        }

    }
}
