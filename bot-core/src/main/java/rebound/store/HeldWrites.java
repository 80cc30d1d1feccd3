package rebound.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

/**
 * A volume whose writes wait in memory, in order, until a subclass takes them ({@link #held()},
 * {@link #dropHeld()}); every read sees them laid over the wrapped volume's bytes, so MapDB reads
 * what it wrote. The journal ({@link RedoJournal}) holds a commit's writes this way until it has
 * journaled them; the tests' power cut holds a data file's writes until they are synced.
 */
abstract class HeldWrites extends DelegatingVolume {

    /** One write: where, and the bytes. */
    record Write(long offset, byte[] bytes) {
        long end() {
            return offset + bytes.length;
        }
    }

    // guarded by this
    private final List<Write> held = new ArrayList<>();

    protected HeldWrites(Volume data) {
        super(data);
    }

    /** The writes held so far, oldest first (a copy). */
    protected synchronized List<Write> held() {
        return List.copyOf(held);
    }

    protected synchronized boolean holdsWrites() {
        return !held.isEmpty();
    }

    /** Forgets the writes held so far. */
    protected synchronized void dropHeld() {
        held.clear();
    }

    @Override
    public synchronized void putLong(long offset, long value) {
        held.add(new Write(offset, ByteBuffer.allocate(8).putLong(value).array()));
    }

    @Override
    public synchronized void putInt(long offset, int value) {
        held.add(new Write(offset, ByteBuffer.allocate(4).putInt(value).array()));
    }

    @Override
    public synchronized void putByte(long offset, byte value) {
        held.add(new Write(offset, new byte[] {value}));
    }

    @Override
    public synchronized void putData(long offset, byte[] src, int srcPos, int srcSize) {
        byte[] bytes = new byte[srcSize];
        System.arraycopy(src, srcPos, bytes, 0, srcSize);
        held.add(new Write(offset, bytes));
    }

    @Override
    public synchronized void putData(long offset, ByteBuffer buf) {
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        held.add(new Write(offset, bytes));
    }

    @Override
    public synchronized void clear(long startOffset, long endOffset) {
        held.add(new Write(startOffset, new byte[Math.toIntExact(endOffset - startOffset)]));
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
        return held.isEmpty() ? data.getDataInput(offset, size) : new DataInput2.ByteArray(read(offset, size));
    }

    @Override
    public synchronized void getData(long offset, byte[] bytes, int bytesPos, int size) {
        if (held.isEmpty()) {
            data.getData(offset, bytes, bytesPos, size);
        } else {
            System.arraycopy(read(offset, size), 0, bytes, bytesPos, size);
        }
    }

    @Override
    public synchronized long length() {
        long length = data.length();
        for (Write write : held) {
            length = Math.max(length, write.end());
        }
        return length;
    }

    /** The bytes at {@code offset}: the volume's, with the held writes laid over them in order. */
    private byte[] read(long offset, int size) {
        byte[] bytes = new byte[size];
        long end = data.length();
        if (offset < end) {
            data.getData(offset, bytes, 0, (int) Math.min(size, end - offset));
        }
        for (Write write : held) {
            long from = Math.max(offset, write.offset());
            long to = Math.min(offset + size, write.end());
            if (from < to) {
                System.arraycopy(write.bytes(), (int) (from - write.offset()), bytes, (int) (from - offset),
                        (int) (to - from));
            }
        }
        return bytes;
    }
}
