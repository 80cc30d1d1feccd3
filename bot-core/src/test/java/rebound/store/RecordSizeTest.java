package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

@DisplayName("No record grows with the member")
class RecordSizeTest {

    private static final Instant DUE = Instant.parse("2026-12-23T10:00:00Z");

    @TempDir
    Path dir;

    static Rejection rejection(int i, Instant due) {
        return new Rejection("r" + i, due.minusSeconds(86_400), "Company " + i, "Designer", "final",
                "hired_other", true, List.of(), List.of("thank"), "notes ".repeat(40), "warm", List.of(),
                List.of(FollowUp.planned("r" + i + "-f1", "check_in", due, "Dana")), List.of());
    }

    /** A member with {@code rejections} rejections and 200 delivery ids of 200 characters each. */
    static MemberState big(int rejections) {
        MemberState state = MemberState.empty();
        for (int i = 0; i < rejections; i++) {
            state = state.withRejection(rejection(i, DUE.plusSeconds(i)));
        }
        for (int i = 0; i < 200; i++) {
            state = state.seen(String.format("%03d", i) + "x".repeat(197), DUE);
        }
        return state;
    }

    @Test
    @DisplayName("a member far past 64 KB (300 rejections, 40 KB of delivery ids) is kept in records under the limit")
    void bigMember() {
        MemberState state = big(300);
        assertThat(StateJson.write(state).length).as("the whole state").isGreaterThan(200 * 1024);
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.update("m", s -> Change.keep(state, null));
            MemberState changed = store.read("m").changeRejection("r7", r -> r.withHistory(
                    new HistoryEntry(DUE, "note", "more")));
            store.update("m", s -> Change.keep(changed, null));
            assertThat(store.recordSizes()).isNotEmpty()
                    .allSatisfy((key, size) -> assertThat(size).as(key).isLessThanOrEqualTo(MemberRecords.LARGEST_RECORD));
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            MemberState read = store.read("m");
            assertThat(read.rejections()).hasSize(300);
            assertThat(read.rejection("r7").history()).isNotEmpty();
            assertThat(read.seen()).as("the latest delivery ids that fit").isNotEmpty()
                    .endsWith(state.seen().get(199)).hasSizeLessThan(200);
            assertThat(read.hasSeen(state.seen().get(199))).isTrue();
            assertThat(store.membersDueBy(DUE)).containsExactly("m");
        }
    }

    @Test
    @DisplayName("a change that would make a record too big is refused and changes nothing")
    void tooBig() {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            MemberState small = MemberState.empty().withRejection(rejection(1, DUE));
            store.update("m", s -> Change.keep(small, null));
            Rejection huge = rejection(2, DUE);
            MemberState tooBig = small.withRejection(new Rejection(huge.id(), huge.createdAt(), huge.company(),
                    huge.role(), huge.stage(), huge.outcome(), huge.stillInterested(), huge.contacts(), huge.goals(),
                    "x".repeat(MemberRecords.LARGEST_RECORD), huge.tone(), huge.drafts(), huge.followUps(),
                    huge.history()));
            assertThatThrownBy(() -> store.update("m", s -> Change.keep(tooBig, null))).isInstanceOf(NotSaved.class)
                    .hasMessageContaining("rejection r2");
            assertThat(store.read("m")).isEqualTo(small);
            assertThat(store.loadFromFile("m")).isEqualTo(small);
        }
    }

    @Test
    @DisplayName("a file of the one-record layout opens, reads, and moves a member to bounded records on their next write")
    void migratesOnRead() {
        MemberState old = MemberState.empty().withRejection(rejection(1, DUE)).seen("e1", DUE);
        DB db = DBMaker.fileDB(dir.resolve(MapDbMemberStore.FILE).toFile()).transactionEnable().make();
        db.hashMap("members", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen()
                .put("slack:T1:U1", StateJson.write(old));
        db.treeSet("due", Serializer.STRING).createOrOpen().add(DueIndex.key(DUE.toEpochMilli(), "slack:T1:U1"));
        db.commit();
        db.close();
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("slack:T1:U1")).isEqualTo(old);
            assertThat(store.memberCount()).isEqualTo(1);
            assertThat(store.membersDueBy(DUE)).containsExactly("slack:T1:U1");
            MemberState next = old.seen("e2", DUE);
            store.update("slack:T1:U1", s -> Change.keep(next, null));
            assertThat(store.recordSizes().keySet()).noneMatch(key -> key.startsWith("layout-1"));
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("slack:T1:U1")).isEqualTo(old.seen("e2", DUE));
            assertThat(store.memberCount()).isEqualTo(1);
            assertThat(store.headRecord("slack:T1:U1")).as("moved to the bounded, sealed layout").isNotNull();
            assertThat(store.recordSizes().keySet()).noneMatch(key -> key.startsWith("layout-1"));
            assertThat(store.membersDueBy(DUE)).containsExactly("slack:T1:U1");
        }
    }

    @Test
    @DisplayName("a delivery-ids record written before their times were kept reads as ids long past, and the next "
            + "write keeps the times")
    void seenWithoutTimes() {
        MemberRecords.Seen old = MemberRecords.readSeen("[\"e1\",\"e2\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(old.ids()).containsExactly("e1", "e2");
        assertThat(old.at()).isEmpty();
        MemberState state = new MemberState(1, List.of(), null, "", old.ids(), old.at(), 0).seen("e3", DUE);
        assertThat(state.hasSeen("e1")).isTrue();
        MemberRecords.Seen again = MemberRecords.readSeen(MemberRecords.seen("m", state));
        assertThat(again.ids()).containsExactly("e1", "e2", "e3");
        assertThat(again.at()).hasSize(3).endsWith(DUE.getEpochSecond());
    }
}
