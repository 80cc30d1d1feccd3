package rebound.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DMs this instance took from the gateway and has not answered yet, in a small file of the data
 * directory ({@value #FILE}). Discord never sends a gateway message twice, so a DM whose turn a crash
 * cut short would otherwise get no answer, ever: at the next start the door reads what was in flight,
 * fetches those messages and takes them again (the core ignores a message it already saved).
 *
 * <p>Lines are appended without a sync: a {@code kill -9} keeps what the process wrote; only a power
 * cut can lose the newest lines. The file is rewritten with what is still in flight when it grows
 * past {@link #REWRITE_BYTES}, and emptied once the start-up catch-up is done.
 */
final class DmsInFlight implements AutoCloseable {

    static final String FILE = "discord-dms-in-flight";
    private static final long REWRITE_BYTES = 1 << 20;

    /** A DM as Discord names it: who sent it, in which DM channel, and its message id. */
    record Dm(long userId, long channelId, long messageId) {
    }

    private final Path file;
    // guarded by this
    private final Map<Long, Dm> open = new LinkedHashMap<>();
    private FileChannel channel;

    /** The file in {@code dataDir}; what a previous run left in it is {@link #leftOver()}. */
    DmsInFlight(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    read(line);
                }
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file.toAbsolutePath(), e);
        }
    }

    /** The DMs a previous run took and never answered, oldest first. */
    synchronized List<Dm> leftOver() {
        return new ArrayList<>(open.values());
    }

    /** Called once the left-over DMs were taken again: they are in flight in this run now, or answered. */
    synchronized void forgetLeftOver() {
        open.clear();
        rewrite();
    }

    /** A DM taken from the gateway, before its turn starts. */
    synchronized void received(Dm dm) {
        open.put(dm.messageId(), dm);
        append("R " + dm.userId() + " " + dm.channelId() + " " + dm.messageId() + "\n");
    }

    /** The DM's turn was answered (or told it failed): nothing is owed for it any more. */
    synchronized void answered(long messageId) {
        if (open.remove(messageId) != null) {
            append("A " + messageId + "\n");
        }
    }

    private void read(String line) {
        String[] parts = line.trim().split(" ");
        try {
            if (parts.length == 4 && parts[0].equals("R")) {
                Dm dm = new Dm(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
                open.put(dm.messageId(), dm);
            } else if (parts.length == 2 && parts[0].equals("A")) {
                open.remove(Long.parseLong(parts[1]));
            }
        } catch (NumberFormatException torn) {
            // the last line of a run cut short: nothing to take again from it
        }
    }

    private void append(String line) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            if (channel.size() > REWRITE_BYTES) {
                rewrite();
            }
        } catch (IOException | UncheckedIOException e) {
            // the turn still goes on; only its catch-up after a crash is lost
            org.slf4j.LoggerFactory.getLogger(DmsInFlight.class).warn("Could not note a DM in {}: {}", file, e.toString());
        }
    }

    private void rewrite() {
        try {
            channel.close();
            StringBuilder kept = new StringBuilder();
            open.values().forEach(dm -> kept.append("R ").append(dm.userId()).append(' ').append(dm.channelId())
                    .append(' ').append(dm.messageId()).append('\n'));
            Path next = file.resolveSibling(FILE + ".next");
            Files.writeString(next, kept, StandardCharsets.UTF_8);
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + file.toAbsolutePath(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closed with the process anyway
        }
    }
}
