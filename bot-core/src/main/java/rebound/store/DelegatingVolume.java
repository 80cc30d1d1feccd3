package rebound.store;

import java.io.File;
import java.nio.ByteBuffer;
import org.mapdb.DataInput2;
import org.mapdb.volume.Volume;

/**
 * A MapDB {@link Volume} that passes every call to the one it wraps: the base of the volumes that
 * change one thing ({@link RedoJournal}'s, and the tests' full or dying disks).
 */
abstract class DelegatingVolume extends Volume {

    /** The volume every call goes to. */
    final Volume data;

    DelegatingVolume(Volume data) {
        this.data = data;
    }

    @Override
    public void ensureAvailable(long offset) {
        data.ensureAvailable(offset);
    }

    @Override
    public void truncate(long size) {
        data.truncate(size);
    }

    @Override
    public void putLong(long offset, long value) {
        data.putLong(offset, value);
    }

    @Override
    public void putInt(long offset, int value) {
        data.putInt(offset, value);
    }

    @Override
    public void putByte(long offset, byte value) {
        data.putByte(offset, value);
    }

    @Override
    public void putData(long offset, byte[] src, int srcPos, int srcSize) {
        data.putData(offset, src, srcPos, srcSize);
    }

    @Override
    public void putData(long offset, ByteBuffer buf) {
        data.putData(offset, buf);
    }

    @Override
    public long getLong(long offset) {
        return data.getLong(offset);
    }

    @Override
    public int getInt(long offset) {
        return data.getInt(offset);
    }

    @Override
    public byte getByte(long offset) {
        return data.getByte(offset);
    }

    @Override
    public DataInput2 getDataInput(long offset, int size) {
        return data.getDataInput(offset, size);
    }

    @Override
    public void getData(long offset, byte[] bytes, int bytesPos, int size) {
        data.getData(offset, bytes, bytesPos, size);
    }

    @Override
    public void close() {
        closed.set(true);
        data.close();
    }

    @Override
    public void sync() {
        data.sync();
    }

    @Override
    public int sliceSize() {
        return data.sliceSize();
    }

    @Override
    public boolean isSliced() {
        return data.isSliced();
    }

    @Override
    public long length() {
        return data.length();
    }

    @Override
    public boolean isReadOnly() {
        return data.isReadOnly();
    }

    @Override
    public File getFile() {
        return data.getFile();
    }

    @Override
    public boolean getFileLocked() {
        return data.getFileLocked();
    }

    @Override
    public void clear(long startOffset, long endOffset) {
        data.clear(startOffset, endOffset);
    }

    @Override
    public boolean fileLoad() {
        return data.fileLoad();
    }

    @Override
    public void deleteFile() {
        data.deleteFile();
    }
}
