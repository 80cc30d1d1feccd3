package rebound.discord.transport;

import java.util.List;
import java.util.TreeSet;
import rebound.launch.Launch;

/**
 * The Discord shards one Rebound instance runs: {@code ids} (sorted, each once) out of {@code total}.
 * Discord sends a server's events to shard {@code (server_id >> 22) % total} and every DM to shard 0
 * (<a href="https://discord.com/developers/docs/events/gateway#sharding">Gateway: Sharding</a>), so
 * several instances that together run shards 0 to total-1 see every event once.
 *
 * <p>Read from {@code DISCORD_SHARDS} (a list of ids and ranges: {@code 0-1}, {@code 2,3}, {@code 0})
 * and {@code DISCORD_SHARD_TOTAL} (a positive count); {@code DISCORD_SHARD_TOTAL} alone runs every
 * shard. A list without a total, an id outside 0..total-1, an id named twice or a malformed list
 * is a {@link Launch.CannotStart} naming the variable.
 */
public record Shards(List<Integer> ids, int total) {

    public static final String SHARDS = "DISCORD_SHARDS";
    public static final String TOTAL = "DISCORD_SHARD_TOTAL";
    /** The shard Discord delivers every DM (and DM interaction) to. */
    public static final int DM_SHARD = 0;
    /** A guard against typos such as 40000 for 4: far above what Discord recommends for any bot we serve. */
    static final int MAX_TOTAL = 4096;

    /** @throws IllegalArgumentException for no ids or an id outside 0..total-1 ({@link #parse} says which on one line) */
    public Shards {
        ids = List.copyOf(new TreeSet<>(ids));
        if (total < 1 || ids.isEmpty() || ids.get(0) < 0 || ids.get(ids.size() - 1) >= total) {
            throw new IllegalArgumentException("shards " + ids + " of " + total);
        }
    }

    /**
     * The shards named by the two variables' values (either may be null or blank), or null when both
     * are unset: one unsharded connection, as a bot in few servers runs.
     *
     * @throws Launch.CannotStart one line naming the variable to fix
     */
    public static Shards parse(String list, String total) {
        list = blankToNull(list);
        total = blankToNull(total);
        if (list == null && total == null) {
            return null;
        }
        if (total == null) {
            throw new Launch.CannotStart(SHARDS + " is set (\"" + list + "\") but " + TOTAL + " is not: set "
                    + TOTAL + " to the number of shards all instances run together, e.g. 4");
        }
        int count = count(total);
        if (list == null) {
            return new Shards(range(0, count - 1), count);
        }
        TreeSet<Integer> ids = new TreeSet<>();
        for (String piece : list.split(",", -1)) {
            for (int id : piece(piece.strip(), list, count)) {
                if (!ids.add(id)) {
                    throw new Launch.CannotStart(SHARDS + " names shard " + id + " twice (\"" + list + "\")");
                }
            }
        }
        return new Shards(List.copyOf(ids), count);
    }

    /** Whether this instance runs every shard of the total (and so gets every member's events). */
    public boolean runsEveryShard() {
        return ids.size() == total;
    }

    /** Whether this instance runs {@code shard}. */
    public boolean runs(int shard) {
        return ids.contains(shard);
    }

    /** The shard Discord sends a server's events to: {@code (serverId >> 22) % total}. */
    public int shardOf(long serverId) {
        return (int) ((serverId >>> 22) % total);
    }

    /**
     * Whether this instance registers {@code /rejected}, so that of all instances exactly one does:
     * the one running the server's shard when the command goes to one server ({@code guildId} set),
     * else the one running shard 0.
     */
    public boolean registersCommands(String guildId) {
        return runs(guildId == null ? DM_SHARD : shardOf(Long.parseLong(guildId)));
    }

    /** The ids written back as the variable takes them ("0-1,3") with the total, for logs and banners. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < ids.size()) {
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) == ids.get(j) + 1) {
                j++;
            }
            text.append(text.isEmpty() ? "" : ",").append(ids.get(i));
            if (j > i) {
                text.append('-').append(ids.get(j));
            }
            i = j + 1;
        }
        return "shards " + text + " of " + total;
    }

    private static int count(String total) {
        int count;
        try {
            count = total.matches("\\d{1,5}") ? Integer.parseInt(total) : -1;
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > MAX_TOTAL) {
            throw new Launch.CannotStart(TOTAL + " must be the number of shards, from 1 to " + MAX_TOTAL + ", not \""
                    + total + "\"");
        }
        return count;
    }

    /** One piece of the list: {@code 3} or {@code 0-1}. */
    private static List<Integer> piece(String piece, String list, int total) {
        if (!piece.matches("\\d{1,5}(\\s*-\\s*\\d{1,5})?")) {
            throw new Launch.CannotStart(SHARDS + " must list shard ids and ranges like 0-1 or 2,3, not \"" + list
                    + "\"");
        }
        String[] ends = piece.split("\\s*-\\s*");
        int from = Integer.parseInt(ends[0]);
        int to = Integer.parseInt(ends[ends.length - 1]);
        if (to < from) {
            throw new Launch.CannotStart(SHARDS + " has the range " + piece + " backwards; write " + to + "-" + from);
        }
        if (to >= total) {
            throw new Launch.CannotStart(SHARDS + " names shard " + to + ", but with " + TOTAL + "=" + total
                    + " the shards are 0 to " + (total - 1));
        }
        return range(from, to);
    }

    private static List<Integer> range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).boxed().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
