package rebound.store;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;
import org.mapdb.DBException;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;
import org.mapdb.volume.VolumeFactory;

/**
 * MapDB volumes on a disk that fills: every byte written to any of them (the data file, the log
 * files) counts against one budget, and a write past it throws what a full disk throws,
 * {@code IOException: No space left on device}, writing nothing.
 */
final class FillingDisk extends VolumeFactory {

    private final VolumeFactory real;
    private final AtomicLong left;

    FillingDisk(VolumeFactory real, long bytes) {
        this.real = real;
        this.left = new AtomicLong(bytes);
    }

    /** Leaves the disk no room at all from now on. */
    void fill() {
        left.set(0);
    }

    /** Gives the disk more room (an operator freed space). */
    void free(long bytes) {
        left.addAndGet(bytes);
    }

    @Override
    public Volume makeVolume(String file, boolean readOnly, long fileLockWait, int sliceShift, long initSize,
            boolean fixedSize) {
        return new Filling(real.makeVolume(file, readOnly, fileLockWait, sliceShift, initSize, fixedSize));
    }

    @Override
    public boolean exists(String file) {
        return real.exists(file);
    }

    @Override
    public boolean handlesReadonly() {
        return real.handlesReadonly();
    }

    private void take(long bytes) {
        if (left.addAndGet(-bytes) < 0) {
            left.addAndGet(bytes);
            throw new DBException.VolumeIOError(new IOException("No space left on device"));
        }
    }

    private final class Filling extends Volume {
        private final Volume v;

        Filling(Volume v) {
            this.v = v;
        }

        @Override
        public void ensureAvailable(long offset) {
            v.ensureAvailable(offset);
        }

        @Override
        public void truncate(long size) {
            v.truncate(size);
        }

        @Override
        public void putLong(long offset, long value) {
            take(8);
            v.putLong(offset, value);
        }

        @Override
        public void putInt(long offset, int value) {
            take(4);
            v.putInt(offset, value);
        }

        @Override
        public void putByte(long offset, byte value) {
            take(1);
            v.putByte(offset, value);
        }

        @Override
        public void putData(long offset, byte[] src, int srcPos, int srcSize) {
            take(srcSize);
            v.putData(offset, src, srcPos, srcSize);
        }

        @Override
        public void putData(long offset, ByteBuffer buf) {
            take(buf.remaining());
            v.putData(offset, buf);
        }

        @Override
        public long getLong(long offset) {
            return v.getLong(offset);
        }

        @Override
        public int getInt(long offset) {
            return v.getInt(offset);
        }

        @Override
        public byte getByte(long offset) {
            return v.getByte(offset);
        }

        @Override
        public DataInput2 getDataInput(long offset, int size) {
            return v.getDataInput(offset, size);
        }

        @Override
        public void getData(long offset, byte[] bytes, int bytesPos, int size) {
            v.getData(offset, bytes, bytesPos, size);
        }

        @Override
        public void close() {
            v.close();
        }

        @Override
        public void sync() {
            v.sync();
        }

        @Override
        public int sliceSize() {
            return v.sliceSize();
        }

        @Override
        public boolean isSliced() {
            return v.isSliced();
        }

        @Override
        public long length() {
            return v.length();
        }

        @Override
        public boolean isReadOnly() {
            return v.isReadOnly();
        }

        @Override
        public File getFile() {
            return v.getFile();
        }

        @Override
        public boolean getFileLocked() {
            return v.getFileLocked();
        }

        @Override
        public void clear(long startOffset, long endOffset) {
            take(endOffset - startOffset);
            v.clear(startOffset, endOffset);
        }
    }
}
