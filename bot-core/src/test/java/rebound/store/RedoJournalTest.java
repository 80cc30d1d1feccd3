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
        assertThat(journal.getLong(0)).as("emptied on close").isZero();
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
    private static final class Dying extends VolumeFactory {
        private final VolumeFactory real;
        final AtomicInteger writes = new AtomicInteger();
        private volatile int left = Integer.MAX_VALUE;
        private volatile boolean dead;
        private volatile boolean failOnce;
        private final java.util.List<Volume> opened = new java.util.ArrayList<>();

        Dying(VolumeFactory real) {
            this.real = real;
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

        @Override
        public boolean exists(String file) {
            return real.exists(file);
        }

        @Override
        public boolean handlesReadonly() {
            return real.handlesReadonly();
        }
    }
}
