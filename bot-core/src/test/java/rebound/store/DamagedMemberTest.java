package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("A damaged member never stops the others")
class DamagedMemberTest {

    private static final Instant DUE = Instant.parse("2026-12-23T10:00:00Z");
    private static final String UNREADABLE = PlaybookBundle.load(PlaybookSource.builtIn()).words()
            .say("store_unreadable");

    @TempDir
    Path dir;

    /** Members a, b (damaged, due first), c and d, each with a follow-up due. */
    private void storeWithDamagedB() {
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.update("a", s -> Change.keep(MemberStoreContract.withFollowUpDue(DUE.plusSeconds(60)), null));
            store.update("b", s -> Change.keep(MemberStoreContract.withFollowUpDue(DUE), null));
            store.update("c", s -> Change.keep(MemberStoreContract.withFollowUpDue(DUE.plusSeconds(120)), null));
            store.update("d", s -> Change.keep(MemberStoreContract.withFollowUpDue(DUE.plusSeconds(180)), null));
            store.damage("b", "{\"rejections\":[{\"id\":".getBytes(StandardCharsets.UTF_8));
            store.commit();
        }
    }

    private Rebound bot() {
        return Rebound.open(new Settings(dir, null, Clock.fixed(DUE.plusSeconds(3600), ZoneOffset.UTC)));
    }

    @Test
    @DisplayName("the reminder loop skips the member it cannot read and reaches everyone after them")
    void remindersGoOn() {
        storeWithDamagedB();
        try (Rebound bot = bot()) {
            List<Outbound> delivered = new ArrayList<>();
            assertThat(rebound.frontdoor.FrontDoor.inline(bot).deliverDueReminders(delivered::add)).isEqualTo(3);
            assertThat(delivered).extracting(o -> o.member().key()).containsExactly("a", "c", "d");
        }
    }

    @Test
    @DisplayName("a command of the damaged member is answered with the store words and changes nothing; others go on")
    void commandsGoOn() {
        storeWithDamagedB();
        try (Rebound bot = bot()) {
            assertThat(bot.handle(Inbound.command(new Member("b"), "list"))).extracting(Outbound::text).containsExactly(UNREADABLE);
            assertThat(bot.opened(new Member("b"))).extracting(Outbound::text).containsExactly(UNREADABLE);
            assertThat(bot.overview(new Member("b")).text()).isEqualTo(UNREADABLE);
            assertThat(bot.handle(Inbound.command(new Member("a"), "list"))).isNotEmpty()
                    .noneMatch(m -> m.text().equals(UNREADABLE));
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(new String(store.headRecord("b"), StandardCharsets.UTF_8)).isEqualTo("{\"rejections\":[{\"id\":");
        }
    }

    @Test
    @DisplayName("forget still works for the damaged member, by text and by button")
    void forgetWorks() {
        storeWithDamagedB();
        try (Rebound bot = bot()) {
            assertThat(bot.handle(Inbound.command(new Member("b"), "forget"))).isNotEmpty()
                    .noneMatch(m -> m.text().equals(UNREADABLE));
            assertThat(bot.handle(Inbound.text(new Member("b"), "yes"))).isNotEmpty();
            assertThat(bot.handle(Inbound.command(new Member("b"), "list"))).noneMatch(m -> m.text().equals(UNREADABLE));
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.headRecord("b")).isNull();
            assertThat(store.membersDueBy(DUE.plusSeconds(3600))).containsExactly("a", "c", "d");
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            store.forget("a");
            store.damage("c", new byte[] {1, 2, 3});
            store.commit();
            store.forget("c");
            assertThat(store.headRecord("c")).isNull();
            assertThat(store.membersDueBy(DUE.plusSeconds(3600))).containsExactly("d");
        }
    }

    @Test
    @DisplayName("compact copies every readable member, names the unreadable one and leaves no compacting folder")
    void compactGoesOn() throws Exception {
        storeWithDamagedB();
        Compaction.Result result = Compaction.compact(dir);
        assertThat(result.members()).isEqualTo(3);
        assertThat(result.unreadable()).containsExactly("b");
        assertThat(dir.resolve("compacting")).doesNotExist();
        try (MapDbMemberStore store = MapDbMemberStore.open(dir)) {
            assertThat(store.read("a")).isEqualTo(MemberStoreContract.withFollowUpDue(DUE.plusSeconds(60)));
            assertThat(store.read("b")).isEqualTo(MemberState.empty());
            assertThat(store.membersDueBy(DUE.plusSeconds(3600))).containsExactly("a", "c", "d");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.equals("compacting"));
        }
    }
}
