package rebound.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.Rebound;
import rebound.Settings;
import rebound.frontdoor.Inbound;
import rebound.member.MemberState;
import rebound.store.MapDbMemberStore;
import rebound.store.postgres.DatabaseAddress;
import rebound.store.postgres.PostgresMemberStore;
import rebound.store.postgres.TestPostgres;

@DisplayName("rebound migrate, between a data directory and PostgreSQL")
class MigrateTest {

    @RegisterExtension
    static final TestPostgres POSTGRES = new TestPostgres();

    private static final int MEMBERS = 40;
    /** A member's story; member i has told the first i % (size + 1) lines of it. */
    private static final List<String> STORY = List.of("Acme", "Designer", "final", "hired_other",
            "Dana Smith, hiring manager, weekly releases", "done", "skip", "yes", "thank, stay in touch", "warm", "yes");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("MapDB -> PostgreSQL -> MapDB keeps every member exactly, says how many it copied and that it checked them")
    void roundTrip() {
        Path source = dir.resolve("source");
        Path back = dir.resolve("back");
        List<String> members = talkedTo(source);
        DatabaseAddress database = POSTGRES.newDatabase();

        assertThat(run("migrate", "--from", source.toString(), "--to", url(database), "--keys", keys(database)))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Copied " + MEMBERS + " members")
                .contains("Checked: each of the " + MEMBERS + " members reads back")
                .contains("The members' keys are in " + POSTGRES.keyFolder(database));
        assertThat(run("migrate", "--from", url(database), "--to", back.toString(), "--keys", keys(database)))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Copied " + MEMBERS + " members");

        try (MapDbMemberStore before = MapDbMemberStore.open(source);
             MapDbMemberStore after = MapDbMemberStore.open(back);
             PostgresMemberStore between = PostgresMemberStore.open(database, POSTGRES.keyFolder(database))) {
            List<String> kept = new ArrayList<>();
            after.memberKeys().forEach(kept::add);
            assertThat(kept).containsExactlyInAnyOrderElementsOf(members);
            assertThat(between.members()).containsExactlyInAnyOrderElementsOf(members);
            for (String member : members) {
                MemberState original = before.read(member);
                assertThat(between.read(member)).as("%s in PostgreSQL", member).isEqualTo(original);
                assertThat(after.read(member)).as("%s back in MapDB", member).isEqualTo(original);
            }
            assertThat(after.membersDueBy(Instant.parse("2030-01-01T00:00:00Z")))
                    .containsExactlyInAnyOrderElementsOf(before.membersDueBy(Instant.parse("2030-01-01T00:00:00Z")));
        }
    }

    @Test
    @DisplayName("a target that already holds members is refused with one line and exit code 2, and keeps what it had")
    void refusesAFullTarget() {
        Path source = dir.resolve("source");
        talkedTo(source);
        DatabaseAddress database = POSTGRES.newDatabase();
        String[] migrate = {"migrate", "--from", source.toString(), "--to", url(database), "--keys", keys(database)};
        assertThat(run(migrate)).isZero();
        assertThat(run(migrate)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds " + MEMBERS + " members")
                .doesNotContain("\tat ");
        assertThat(run("migrate", "--from", dir.resolve("nothing-here").toString(), "--to", url(database),
                "--keys", keys(database)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no Rebound data file");
    }

    private static String keys(DatabaseAddress database) {
        return POSTGRES.keyFolder(database).toString();
    }

    /** The database's URL with its user in it, as an operator may write it (no REBOUND_DATABASE_USER here). */
    private static String url(DatabaseAddress database) {
        return database.url() + "?user=" + database.user();
    }

    /** {@value #MEMBERS} members in a data directory, each somewhere else in the story. */
    private static List<String> talkedTo(Path data) {
        List<String> members = new ArrayList<>();
        try (Rebound bot = Rebound.open(new Settings(data, null,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC)))) {
            for (int i = 0; i < MEMBERS; i++) {
                String member = "slack:T1:U" + i;
                members.add(member);
                bot.handle(new Inbound(new Member(member), new rebound.frontdoor.Event.Command(""), member + "-0"));
                for (int line = 0; line < i % (STORY.size() + 1); line++) {
                    bot.handle(new Inbound(new Member(member), new rebound.frontdoor.Event.Text(STORY.get(line)),
                            member + "-" + (line + 1)));
                }
            }
        }
        return members;
    }
}
