package rebound.store;

import java.io.IOException;
import org.mapdb.DataInput2;
import org.mapdb.serializer.SerializerByteArray;

/**
 * MapDB's byte-array serializer, except that bytes it cannot read come back as {@link #DAMAGED}
 * instead of an exception. MapDB reads the old value of a key before replacing or removing it; with
 * this, a damaged record can still be overwritten or removed (forget), and a reader can tell it apart.
 */
final class TolerantBytes extends SerializerByteArray {

    /** What a damaged record reads as; compare by identity. */
    static final byte[] DAMAGED = new byte[0];

    static final TolerantBytes INSTANCE = new TolerantBytes();

    @Override
    public byte[] deserialize(DataInput2 in, int available) throws IOException {
        try {
            int size = in.unpackInt();
            if (size < 0 || (available >= 0 && size > available)) {
                return DAMAGED; // a broken length: do not allocate what it claims
            }
            byte[] bytes = new byte[size];
            in.readFully(bytes);
            return bytes;
        } catch (RuntimeException | IOException e) {
            return DAMAGED;
        }
    }
}
