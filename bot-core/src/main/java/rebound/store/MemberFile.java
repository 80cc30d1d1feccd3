package rebound.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.google.common.collect.Iterables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.HTreeMap;
import org.mapdb.Serializer;
import rebound.member.MemberState;
import rebound.rejection.Rejection;

/**
 * The members' records in one open MapDB file: each member's state cut into records by
 * {@link MemberRecords} (layout 2) and sealed with the member's own key ({@link MemberKeys}), the
 * earlier one-record layout read as it is and moved to layout 2 by the member's next write, and the
 * due index ({@link DueIndex}) kept in step. Writes here are not committed: the store
 * ({@link MapDbMemberStore}) orders them and commits. Also keeps the states of members heard from
 * lately, so a member's next turn need not read the file.
 */
final class MemberFile {

    private static final int RECENT_MEMBERS = 2_048;

    private final DB db;
    private final MemberKeys keys;
    /** Layout 1: one JSON record per member. Read as they are; a member's next write moves them to layout 2. */
    private final HTreeMap<String, byte[]> legacy;
    /** Layout 2 ({@link MemberRecords}): each member's head record... */
    private final HTreeMap<String, byte[]> heads;
    /** ...and their other records (delivery ids, one per rejection), sorted so a member's are one range. */
    private final BTreeMap<String, byte[]> parts;
    private final NavigableSet<String> due;
    /** Members read from layout 1 and not written since. */
    private final Set<String> unmigrated = ConcurrentHashMap.newKeySet();
    /**
     * States of members heard from lately, exactly as stored, so their next turn need not read the
     * file. A member mid-intake writes every minute or so; states are immutable, so handing out the
     * kept instance is safe.
     */
    private final Cache<String, MemberState> recent = Caffeine.newBuilder().maximumSize(RECENT_MEMBERS).build();

    /** The records of {@code db} (its maps created when new), sealed with {@code keys}. */
    MemberFile(DB db, MemberKeys keys) {
        this.db = db;
        this.keys = keys;
        this.legacy = db.hashMap("members", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        this.heads = db.hashMap("heads", Serializer.STRING, TolerantBytes.INSTANCE).createOrOpen();
        this.parts = db.treeMap("parts", Serializer.STRING, TolerantBytes.INSTANCE).valuesOutsideNodesEnable()
                .createOrOpen();
        this.due = db.treeSet("due", Serializer.STRING).createOrOpen();
    }

    /**
     * The member's state, from memory when heard from lately; empty for someone new.
     *
     * @throws UnreadableMember when their records cannot be read (damaged, missing, no key)
     */
    MemberState load(String member) {
        MemberRecords.checkMember(member);
        MemberState known = recent.getIfPresent(member);
        if (known != null) {
            return known;
        }
        MemberState state;
        try {
            state = loadFromFile(member);
        } catch (RuntimeException e) {
            if (db.isClosed() || e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new UnreadableMember(member, e);
        }
        recent.put(member, state);
        return state;
    }

    /** The member's state as the file holds it, ignoring what memory kept. */
    MemberState loadFromFile(String member) {
        byte[] head = intact(heads.get(member));
        if (head == null) {
            byte[] old = intact(legacy.get(member));
            if (old == null) {
                return MemberState.empty();
            }
            MemberState state = StateJson.read(old);
            unmigrated.add(member);
            return state;
        }
        SecretKey key = keys.existing(member).orElseThrow(() -> new IllegalStateException("the member has no key"));
        MemberRecords.Head parsed = MemberRecords.readHead(keys.open(key, MemberRecords.headKey(member), head));
        List<Rejection> rejections = new ArrayList<>(parsed.rejections().size());
        for (String id : parsed.rejections()) {
            String recordKey = MemberRecords.rejectionKey(member, id);
            byte[] rejection = intact(parts.get(recordKey));
            if (rejection == null) {
                throw new IllegalStateException("the record of rejection " + id + " is missing");
            }
            rejections.add(MemberRecords.readRejection(keys.open(key, recordKey, rejection)));
        }
        String seenKey = MemberRecords.seenKey(member);
        byte[] seen = intact(parts.get(seenKey));
        return MemberRecords.assemble(parsed, rejections,
                seen == null ? new MemberRecords.Seen(List.of(), List.of())
                        : MemberRecords.readSeen(keys.open(key, seenKey, seen)));
    }

    private static byte[] intact(byte[] record) {
        if (record == TolerantBytes.DAMAGED) {
            throw new IllegalStateException("a record of the member is damaged");
        }
        return record;
    }

    /**
     * Writes the records of {@code state} that differ from {@code before} (null: unreadable, write
     * all), uncommitted. Every record is made and measured before the first is written, so a refused
     * change ({@link NotSaved}) writes nothing.
     */
    void write(String member, MemberState before, MemberState wanted) {
        // someone new (or someone whose head may be missing) gets every record written
        MemberParts.Changes changes = MemberParts.between(member, unmigrated.contains(member) ? null : before, wanted);
        MemberState state = changes.stored();
        SecretKey key = keys.ensure(member);
        byte[] head = null;
        Map<String, byte[]> changed = new LinkedHashMap<>();
        for (MemberParts.Part part : changes.written()) {
            String recordKey = MemberParts.sealedAs(member, part.name());
            byte[] sealed = keys.seal(key, recordKey, part.json());
            if (part.name().equals(MemberParts.HEAD)) {
                head = sealed;
            } else {
                changed.put(recordKey, sealed);
            }
        }
        try {
            if (head != null) {
                heads.put(member, head);
            }
            parts.putAll(changed);
            for (String gone : changes.removed()) {
                parts.remove(MemberParts.sealedAs(member, gone));
            }
            if (unmigrated.remove(member)) {
                legacy.remove(member);
            }
            reindex(member, before == null ? -2 : DueIndex.nextAttempt(before), DueIndex.nextAttempt(state));
        } catch (RuntimeException e) {
            recent.invalidate(member); // half a save: the next turn reads the file, not what memory kept
            throw e;
        }
        recent.put(member, state);
    }

    /** Removes every record of the member and their due entry, uncommitted; {@code before} is null when unreadable. */
    void delete(String member, MemberState before) {
        recent.invalidate(member);
        heads.remove(member);
        legacy.remove(member);
        unmigrated.remove(member);
        parts.subMap(MemberRecords.firstPartKey(member), MemberRecords.afterLastPartKey(member)).clear();
        reindex(member, before == null ? -2 : DueIndex.nextAttempt(before), -1);
    }

    /**
     * Moves the member in the due index from {@code was} to {@code next} (-1: not there, -2: not
     * known). The old
     * time comes from the state being replaced, so a turn writes no index entry of its own unless the
     * member's next follow-up moved: most turns write one record.
     */
    private void reindex(String member, long was, long next) {
        if (was == next) {
            return;
        }
        if (was == -2) { // not known: the member's record could not be read
            due.removeIf(key -> DueIndex.member(key).equals(member)); // rare: a scan of the due index
            was = -1;
        }
        if (was >= 0) {
            due.remove(DueIndex.key(was, member));
        }
        if (next >= 0) {
            due.add(DueIndex.key(next, member));
        }
    }

    /** Drops every state kept in memory: after a disk error, only the file is believed. */
    void forgetRecent() {
        recent.invalidateAll();
    }

    /** Members whose next follow-up is due at or before {@code now}, soonest first. */
    List<String> membersDueBy(Instant now) {
        List<String> found = new ArrayList<>();
        for (String key : due.headSet(DueIndex.upperBound(now), true)) {
            found.add(DueIndex.member(key));
        }
        return found;
    }

    long memberCount() {
        return heads.sizeLong() + legacy.sizeLong();
    }

    Iterable<String> memberKeys() {
        return Iterables.concat(heads.getKeys(), legacy.getKeys());
    }

    /** The size in bytes of every record kept for members, by key: what {@link MemberRecords#LARGEST_RECORD} bounds. */
    Map<String, Integer> recordSizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        heads.forEach((key, bytes) -> sizes.put("head " + key, bytes.length));
        legacy.forEach((key, bytes) -> sizes.put("layout-1 " + key, bytes.length));
        parts.forEach((key, bytes) -> sizes.put("part " + key.replace('\u0000', '/'), bytes.length));
        return sizes;
    }

    /** The member's head record as stored (null when none). */
    byte[] headRecord(String member) {
        return heads.get(member);
    }

    /** Replaces a member's head record with {@code bytes} as they are, uncommitted: tests damage a member with it. */
    void damage(String member, byte[] bytes) {
        recent.invalidate(member);
        heads.put(member, bytes);
    }
}
