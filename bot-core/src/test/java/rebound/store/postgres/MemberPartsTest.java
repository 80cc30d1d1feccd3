package rebound.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.Rejection;
import rebound.store.Change;
import rebound.store.InMemoryMemberStore;
import rebound.store.MemberParts;
import rebound.store.StateJson;
import rebound.store.UnreadableMember;

/**
 * Issue 22: on PostgreSQL a member's whole state was one sealed value rewritten on every turn (788 KB
 * of WAL per turn at 500 rejections). Now it is kept in parts cut as the MapDB store cuts it
 * ({@link MemberParts}), a turn writes the parts it changed, and a database written before is moved
 * to parts when an instance of this version opens it ({@link StatesIntoParts}).
 */
@DisplayName("A member on PostgreSQL is kept in parts: a turn writes what it changed, older databases are moved")
class MemberPartsTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("a turn that changes one rejection of three rewrites that rejection's part and nothing else;"
            + " a rejection removed takes its part with it")
    void aTurnWritesWhatItChanged() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState three = withRejections(3);
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            store.update("a", before -> Change.keep(three, null));
            Map<String, String> versions = partVersions(sql, "a");
            assertThat(versions.keySet()).containsExactlyInAnyOrder("head", "seen",
                    MemberParts.rejection(three.rejections().get(0).id()),
                    MemberParts.rejection(three.rejections().get(1).id()),
                    MemberParts.rejection(three.rejections().get(2).id()));
            Rejection second = three.rejections().get(1);
            MemberState moved = three.changeRejection(second.id(), r -> r.withFollowUp(r.followUps().get(0).id(),
                    f -> f.movedTo(f.due().plus(Duration.ofDays(3)))));
            store.update("a", before -> Change.keep(moved, null));

            Map<String, String> after = partVersions(sql, "a");
            List<String> rewritten = after.keySet().stream().filter(part -> !after.get(part).equals(versions.get(part)))
                    .toList();
            assertThat(rewritten).containsExactly(MemberParts.rejection(second.id()));
            assertThat(store.read("a")).isEqualTo(moved);

            MemberState fewer = new MemberState(moved.version(), List.of(moved.rejections().get(0),
                    moved.rejections().get(2)), moved.intake(), moved.awaiting(), moved.seen(), moved.seenAt(),
                    moved.counter(), moved.timeZone(), moved.zoneChosen());
            store.update("a", before -> Change.keep(fewer, null));
            assertThat(partVersions(sql, "a")).doesNotContainKey(MemberParts.rejection(second.id())).hasSize(4);
            assertThat(store.read("a")).isEqualTo(fewer);
        }
    }

    @Test
    @DisplayName("a database of schema version 3 (each state one sealed value in its row) is moved to parts, in"
            + " batches: every member reads back the same with the same key, due moment and claim; a damaged state"
            + " stays damaged and forget still erases it; the state column is gone")
    void movedFromOneValuePerMember() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder folder = new KeyFolder(POSTGRES.keyFolder(database));
        Flyway.configure().dataSource(database.url(), database.user(), null).locations("classpath:db/migration")
                .javaMigrations(new KeysOutOfTheDatabase(folder, database)).table(Schema.HISTORY).target("3")
                .load().migrate();
        Map<String, MemberState> written = new LinkedHashMap<>();
        MemberState one = Members.withFollowUps();
        MemberState several = withRejections(4).seen("slack-event-1", NOW).seen("slack-event-2", NOW);
        for (int i = 0; i < StatesIntoParts.BATCH * 2 + 50; i++) {
            written.put("console:m" + i, i % 3 == 0 ? several : i % 3 == 1 ? one : MemberState.empty().nextId());
        }
        Map<String, String> keyIds = new LinkedHashMap<>();
        try (Connection sql = DriverManager.getConnection(database.url(), database.user(), null);
             PreparedStatement insert = sql.prepareStatement("INSERT INTO rebound_members"
                     + " (member, state, key_id, next_due, claimed_until) VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, MemberState> member : written.entrySet()) {
                String keyId = folder.create();
                keyIds.put(member.getKey(), keyId);
                insert.setString(1, member.getKey());
                insert.setBytes(2, new MemberSeal().seal(folder.read(keyId), member.getKey(),
                        StateJson.write(member.getValue())));
                insert.setString(3, keyId);
                insert.setObject(4, NextDue.of(member.getValue()));
                insert.setObject(5, member.getKey().equals("console:m0") ? NOW.plusSeconds(300).atOffset(ZoneOffset.UTC)
                        : null);
                insert.executeUpdate();
            }
            insert.setString(1, "console:damaged");
            insert.setBytes(2, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                    23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
            String damagedKey = folder.create();
            insert.setString(3, damagedKey);
            insert.setObject(4, null);
            insert.setObject(5, null);
            insert.executeUpdate();
        }

        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            for (Map.Entry<String, MemberState> member : written.entrySet()) {
                assertThat(store.read(member.getKey())).as(member.getKey()).isEqualTo(member.getValue());
                assertThat(keyId(sql, member.getKey())).as(member.getKey() + "'s key").isEqualTo(
                        keyIds.get(member.getKey()));
                assertThat(nextDue(sql, member.getKey())).as(member.getKey() + "'s next due").isEqualTo(
                        NextDue.of(member.getValue()) == null ? null : NextDue.of(member.getValue()).toInstant());
            }
            assertThat(store.members()).hasSize(written.size() + 1);
            assertThat(store.memberCount()).isEqualTo(written.size() + 1);
            assertThat(count(sql, "rebound_member_parts WHERE member = 'console:m0'"))
                    .as("head, delivery ids and one part per rejection").isEqualTo(2 + 4);
            assertThat(count(sql, "rebound_members WHERE claimed_until IS NOT NULL")).as("the claim kept").isEqualTo(1);
            assertThat(count(sql, "information_schema.columns WHERE table_name = 'rebound_members'"
                    + " AND column_name = 'state'")).as("the state column").isZero();

            assertThatThrownBy(() -> store.read("console:damaged")).isInstanceOf(UnreadableMember.class);
            store.forget("console:damaged");
            assertThat(store.read("console:damaged")).isEqualTo(MemberState.empty());
            assertThat(count(sql, "rebound_member_parts WHERE member = 'console:damaged'")).isZero();

            MemberState later = several.seen("slack-event-3", NOW);
            store.update("console:m3", before -> Change.keep(later, null));
            assertThat(store.read("console:m3")).isEqualTo(later);
        }
        try (PostgresMemberStore reopened = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            assertThat(reopened.read("console:m1")).as("after the move, opened again").isEqualTo(one);
        }
    }

    @Test
    @DisplayName("a state the move kept whole (it could not cut it) reads as it was, and the member's next turn cuts"
            + " it into parts")
    void aWholeStateIsCutAtTheNextTurn() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        KeyFolder folder = new KeyFolder(POSTGRES.keyFolder(database));
        MemberState one = Members.withFollowUps();
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database));
             Connection sql = DriverManager.getConnection(database.url(), database.user(), null)) {
            String keyId = folder.create();
            try (PreparedStatement row = sql.prepareStatement(
                    "INSERT INTO rebound_members (member, key_id) VALUES ('console:whole', ?)");
                 PreparedStatement part = sql.prepareStatement("INSERT INTO rebound_member_parts (member, part, sealed)"
                         + " VALUES ('console:whole', 'whole', ?)")) {
                row.setString(1, keyId);
                row.executeUpdate();
                part.setBytes(1, new MemberSeal().seal(folder.read(keyId), "console:whole", StateJson.write(one)));
                part.executeUpdate();
            }
            assertThat(store.read("console:whole")).isEqualTo(one);
            MemberState later = one.seen("slack-event-1", NOW);
            store.update("console:whole", before -> Change.keep(later, null));
            assertThat(partVersions(sql, "console:whole").keySet()).containsExactlyInAnyOrder("head", "seen",
                    MemberParts.rejection(one.rejections().get(0).id()));
            assertThat(store.read("console:whole")).isEqualTo(later);
        }
    }

    @Test
    @DisplayName("a change that would make a part too big is refused as on MapDB: nothing changes, and someone new"
            + " gets no key file")
    void tooBigAPartIsRefused() throws Exception {
        DatabaseAddress database = POSTGRES.newDatabase();
        MemberState one = Members.withFollowUps();
        Rejection kept = one.rejections().get(0);
        Rejection huge = new Rejection(kept.id(), kept.createdAt(), kept.company(), kept.role(), kept.stage(),
                kept.outcome(), kept.stillInterested(), kept.contacts(), kept.goals(), "x".repeat(40_000), kept.tone(),
                kept.drafts(), kept.followUps(), kept.history());
        MemberState tooBig = one.changeRejection(kept.id(), r -> huge);
        try (PostgresMemberStore store = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            store.update("a", before -> Change.keep(one, null));
            long keyFiles = keyFiles(POSTGRES.keyFolder(database));
            assertThatThrownBy(() -> store.update("a", before -> Change.keep(tooBig, null)))
                    .isInstanceOf(rebound.store.NotSaved.class).hasMessageContaining("rejection " + kept.id());
            assertThat(store.read("a")).isEqualTo(one);
            assertThatThrownBy(() -> store.update("new", before -> Change.keep(tooBig, null)))
                    .isInstanceOf(rebound.store.NotSaved.class);
            assertThat(store.read("new")).isEqualTo(MemberState.empty());
            assertThat(keyFiles(POSTGRES.keyFolder(database))).as("key files").isEqualTo(keyFiles);
        }
    }

    private static long keyFiles(java.nio.file.Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(folder)) {
            return all.filter(path -> path.getFileName().toString().endsWith(".key")).count();
        }
    }

    /** A member who logged {@code count} rejections through the real conversation, each to its drafts. */
    private static MemberState withRejections(int count) {
        InMemoryMemberStore memory = new InMemoryMemberStore();
        String member = "console:sample";
        try (Rebound bot = new Rebound(new Settings(null, null, Clock.fixed(NOW, ZoneOffset.UTC)), memory,
                PlaybookBundle.load(PlaybookSource.builtIn()))) {
            for (int i = 0; i < count; i++) {
                bot.handle(Inbound.command(new Member(member), "new"));
                for (String text : List.of("Acme " + i, "Designer", "final", "hired_other",
                        "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch",
                        "warm", "yes")) {
                    bot.handle(Inbound.text(new Member(member), text));
                }
            }
        }
        MemberState state = memory.read(member);
        assertThat(state.rejections()).hasSize(count);
        return state;
    }

    /** Each part of the member by name, with the transaction that last wrote it ({@code xmin}). */
    private static Map<String, String> partVersions(Connection sql, String member) throws SQLException {
        Map<String, String> versions = new LinkedHashMap<>();
        try (PreparedStatement query = sql.prepareStatement(
                "SELECT part, xmin::text FROM rebound_member_parts WHERE member = ?")) {
            query.setString(1, member);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return versions;
    }

    private static String keyId(Connection sql, String member) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT key_id FROM rebound_members WHERE member = ?")) {
            query.setString(1, member);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static Instant nextDue(Connection sql, String member) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT next_due FROM rebound_members WHERE member = ?")) {
            query.setString(1, member);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                OffsetDateTime due = row.getObject(1, OffsetDateTime.class);
                return due == null ? null : due.toInstant();
            }
        }
    }

    private static long count(Connection sql, String table) throws SQLException {
        try (PreparedStatement query = sql.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
