package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.conversation.Conversation;
import rebound.conversation.Turn;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("The MapDB member store")
class MapDbMemberStoreTest extends MemberStoreContract {

    @TempDir
    Path dir;

    @Override
    protected MemberStore open() {
        return MapDbMemberStore.open(dir.resolve("contract"));
    }

    @Test
    @DisplayName("keeps a committed member across a reopen")
    void reopen() {
        MemberState state = withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z"));
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.save("slack:T1:U1", state);
            store.commit();
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("slack:T1:U1")).isEqualTo(state);
            assertThat(store.read("someone-new")).isEqualTo(MemberState.empty());
            assertThat(store.memberCount()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("the state it keeps in memory for a recent member is exactly what the file holds, at every turn")
    void recentStateMatchesTheFile() {
        Conversation conversation = new Conversation(PlaybookBundle.load(PlaybookSource.builtIn()));
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        List<Event> story = List.of(new Event.Command("new"), new Event.Text("Acme"),
                new Event.Text("Product Designer"), new Event.Text("final"), new Event.Text("they hired someone else"),
                new Event.Text("Dana Smith, hiring manager, the move to weekly releases"), new Event.Text("done"),
                new Event.Text("skip"), new Event.Text("yes"), new Event.Text("thank, stay in touch"), new Event.Text("warm"),
                new Event.Text("yes"), new Event.Command("forget"), new Event.Text("yes"));
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            for (Event event : story) {
                Turn turn = store.update("m", state -> {
                    Turn step = conversation.step(state, new Inbound(new Member("m"), event, "d-" + event), now);
                    return step.forget() ? Change.forget(step) : Change.keep(step.state(), step);
                });
                MemberState kept = store.read("m");
                assertThat(store.loadFromFile("m")).isEqualTo(kept);
                assertThat(store.membersDueBy(Instant.parse("2030-01-01T00:00:00Z")))
                        .hasSize(turn.state().rejections().isEmpty() || turn.forget() ? 0 : 1);
            }
        }
    }

    @Test
    @DisplayName("reads state written by a later version with fields it does not know")
    void versionedJson() {
        String json = "{\"version\":2,\"rejections\":[],\"awaiting\":\"\",\"seen\":[\"e1\"],\"counter\":3,"
                + "\"newFieldFromTheFuture\":{\"x\":1}}";
        MemberState state = StateJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(state.seen()).containsExactly("e1");
        assertThat(state.counter()).isEqualTo(3);
    }

    @Test
    @DisplayName("reads state written before a field existed")
    void olderJson() {
        MemberState state = StateJson.read("{\"version\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(state.rejections()).isEmpty();
        assertThat(state.intake()).isNull();
    }

    @Test
    @DisplayName("refuses a second opener of the same directory with a clear message")
    void inUse() {
        try (MapDbMemberStore first = MapDbMemberStore.open(dir)) {
            assertThatThrownBy(() -> MapDbMemberStore.open(dir))
                    .isInstanceOf(DataDirInUse.class)
                    .hasMessageContaining(dir.toAbsolutePath().toString())
                    .hasMessageContaining("in use");
        }
    }

    @Test
    @DisplayName("after a reopen, the due index moves members by what the file holds")
    void dueIndexAfterReopen() {
        Instant due = Instant.parse("2026-12-23T10:00:00Z");
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.update("b", s -> Change.keep(withFollowUpDue(due), null));
            store.update("c", s -> Change.keep(withFollowUpDue(due), null));
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) { // nothing remembered: the file alone
            store.update("b", s -> Change.keep(withFollowUpDue(due.plusSeconds(3600)), null));
            store.forget("c");
            assertThat(store.membersDueBy(due)).isEmpty();
            assertThat(store.membersDueBy(due.plusSeconds(3600))).containsExactly("b");
        }
    }

    @Test
    @DisplayName("compaction keeps every member and gives back the space of forgotten ones")
    void compaction() {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            MemberState big = withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z"));
            for (int i = 0; i < 2_000; i++) {
                store.save("m" + i, big);
            }
            store.commit();
            for (int i = 0; i < 1_900; i++) {
                store.forget("m" + i);
            }
        }
        Compaction.Result result = Compaction.compact(dir);
        assertThat(result.members()).isEqualTo(100);
        assertThat(result.bytesAfter()).isLessThan(result.bytesBefore());
        assertThat(result.backup()).exists();
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.memberCount()).isEqualTo(100);
            assertThat(store.read("m1999").rejections()).hasSize(1);
            assertThat(store.membersDueBy(Instant.parse("2027-01-01T00:00:00Z"))).hasSize(100);
        }
    }
}
