package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member, checked once where they come in, and the owner check, the same for every front door")
class MemberTest {

    @Test
    @DisplayName("a platform's member is its platform and ids, and gives them back exactly; other platforms and shapes give none")
    void roundTrip() {
        Member dana = Member.of("slack", "T1", "U2");

        assertThat(dana.key()).isEqualTo("slack:T1:U2");
        assertThat(dana.idsOn("slack", 2)).contains(List.of("T1", "U2"));
        assertThat(Member.of("discord", "42").idsOn("slack", 2)).isEmpty();
        assertThat(new Member("slack:U2").idsOn("slack", 2)).isEmpty();
        assertThat(new Member("slack::U2").idsOn("slack", 2)).isEmpty();
        assertThat(new Member("slacker:T1:U2").idsOn("slack", 2)).isEmpty();
        assertThatThrownBy(() -> Member.of("slack", "T:1", "U2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Member.of("sla:ck", "U2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a key no member may have is refused in words for whoever sent it: empty, too long, broken or control characters")
    void refusedKeys() {
        assertThatThrownBy(() -> new Member(null)).isInstanceOf(KeyText.Refused.class).hasMessageContaining("required");
        assertThatThrownBy(() -> new Member(" ")).isInstanceOf(KeyText.Refused.class).hasMessageContaining("required");
        assertThatThrownBy(() -> new Member("x".repeat(KeyText.LONGEST + 1))).isInstanceOf(KeyText.Refused.class)
                .hasMessageContaining("at most " + KeyText.LONGEST);
        assertThatThrownBy(() -> new Member("x\ud800")).isInstanceOf(KeyText.Refused.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> new Member("x\u0000")).isInstanceOf(KeyText.Refused.class).hasMessageContaining("U+0000");
        assertThat(new Member("ana 👩🏽‍💻").key()).isEqualTo("ana 👩🏽‍💻");
    }

    @Test
    @DisplayName("a member written into a log line by mistake names no one: only their log name shows")
    void neverTheKeyInText() {
        Member ana = Member.of("slack", "T0JOBS", "U0ANA");

        assertThat(ana.toString()).isEqualTo(ana.logName()).matches("m-[0-9a-f]{8}").doesNotContain("U0ANA", "T0JOBS");
        assertThat("answering " + ana).doesNotContain("U0ANA");
    }

    @Test
    @DisplayName("stored keys no door could give today are left out of a round, the others kept in order")
    void keptMembers() {
        assertThat(Member.allKept(List.of("discord:1", "x\ud800", "discord:2")))
                .containsExactly(Member.of("discord", "1"), Member.of("discord", "2"));
    }

    @Test
    @DisplayName("a stored key no door could give is warned of once, not at every reminder round, naming no one")
    void unusableKeyWarnedOnce() {
        String stored = "jsonl:broken\ud800" + System.nanoTime();
        PrintStream err = System.err;
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            Member.allKept(List.of(stored, "discord:1"));
            Member.allKept(List.of(stored, "discord:1"));
        } finally {
            System.setErr(err);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);
        assertThat(logged.lines().filter(line -> line.contains("Left out a stored member"))).hasSize(1);
        assertThat(logged).doesNotContain("jsonl:broken");
    }

    @Test
    @DisplayName("only the owner may press a member's buttons; a button with no owner is nobody's")
    void ownerCheck() {
        Member one = Member.of("discord", "1");

        assertThat(Press.of(Press.Kind.CHOICE, one, "list").ownedBy(one)).isTrue();
        assertThat(Press.of(Press.Kind.CHOICE, one, "list").ownedBy(Member.of("discord", "2"))).isFalse();
        assertThat(Press.read("rb::list")).isEmpty();
    }
}
