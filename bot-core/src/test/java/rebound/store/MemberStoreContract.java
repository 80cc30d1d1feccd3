package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * What every {@link MemberStore} promises, run against each of them (MapDB, in memory): a subclass
 * says how to open a fresh store.
 */
abstract class MemberStoreContract {

    protected MemberStore store;

    /** A fresh, empty store. */
    protected abstract MemberStore open();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static MemberState withFollowUpDue(Instant due) {
        Rejection rejection = new Rejection("r1", due.minusSeconds(86_400), "Acme", "Designer", "final",
                "hired_other", true, List.of(), List.of("thank"), "", "warm", List.of(),
                List.of(FollowUp.planned("r1-f1", "check_in", due, "Dana")), List.of());
        return MemberState.empty().withRejection(rejection);
    }

    @Test
    @DisplayName("someone new reads as empty; an update keeps its state and hands back its result")
    void updateKeeps() {
        assertThat(store.read("a")).isEqualTo(MemberState.empty());
        MemberState state = withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z"));
        String result = store.update("a", before -> {
            assertThat(before).isEqualTo(MemberState.empty());
            return Change.keep(state, "saved");
        });
        assertThat(result).isEqualTo("saved");
        assertThat(store.read("a")).isEqualTo(state);
        MemberState seen = store.update("a", before -> Change.keep(before, before));
        assertThat(seen).isEqualTo(state);
        assertThat(store.memberCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a change that fails leaves the member as they were")
    void failedChange() {
        MemberState state = MemberState.empty().nextId();
        store.update("a", before -> Change.keep(state, null));
        assertThatThrownBy(() -> store.update("a", before -> {
            throw new IllegalStateException("no");
        })).hasMessage("no");
        assertThat(store.read("a")).isEqualTo(state);
    }

    @Test
    @DisplayName("forget deletes everything of the member, by a change or directly; forgetting someone unknown does nothing")
    void forget() {
        store.update("a", before -> Change.keep(withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z")), null));
        store.update("b", before -> Change.keep(withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z")), null));
        String said = store.update("a", before -> Change.forget("gone"));
        assertThat(said).isEqualTo("gone");
        store.forget("b");
        store.forget("nobody");
        assertThat(store.read("a")).isEqualTo(MemberState.empty());
        assertThat(store.read("b")).isEqualTo(MemberState.empty());
        assertThat(store.memberCount()).isZero();
        assertThat(store.membersDueBy(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    @DisplayName("finds the members with a follow-up due, in order of time, and drops forgotten ones")
    void dueIndex() {
        Instant due = Instant.parse("2026-12-23T10:00:00Z");
        store.update("b", s -> Change.keep(withFollowUpDue(due.plusSeconds(3600)), null));
        store.update("a", s -> Change.keep(withFollowUpDue(due), null));
        store.update("c", s -> Change.keep(MemberState.empty().nextId(), null));
        assertThat(store.membersDueBy(due.minusSeconds(1))).isEmpty();
        assertThat(store.membersDueBy(due)).containsExactly("a");
        assertThat(store.membersDueBy(due.plusSeconds(7200))).containsExactly("a", "b");
        store.forget("a");
        store.update("b", s -> Change.keep(MemberState.empty(), null));
        assertThat(store.membersDueBy(due.plusSeconds(7200))).isEmpty();
        store.update("c", s -> Change.keep(withFollowUpDue(due), null));
        assertThat(store.membersDueBy(due)).containsExactly("c");
    }

    @Test
    @DisplayName("updates of one member run one at a time, so none is lost; other members' run alongside")
    void oneAtATime() throws Exception {
        int threads = 4;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String other = "other" + t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        store.update("shared", s -> Change.keep(s.nextId(), null));
                        store.update(other, s -> Change.keep(s.nextId(), null));
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.read("shared").counter()).isEqualTo(threads * each);
        assertThat(store.read("other0").counter()).isEqualTo(each);
    }

    @Test
    @DisplayName("keeps the member's zone, and a turn that changes only the zone is saved (issue 21)")
    void zoneKept() {
        MemberState state = withFollowUpDue(Instant.parse("2026-12-23T10:00:00Z"));
        store.update("a", before -> Change.keep(state, null));
        assertThat(store.read("a").zoneKnown()).isFalse();
        assertThat(store.read("a").zone()).isEqualTo(java.time.ZoneOffset.UTC);
        store.update("a", before -> Change.keep(before.withZone(java.time.ZoneId.of("Pacific/Auckland")), null));
        assertThat(store.read("a").zone()).isEqualTo(java.time.ZoneId.of("Pacific/Auckland"));
        assertThat(store.read("a").rejections()).isEqualTo(state.rejections());
    }
}
