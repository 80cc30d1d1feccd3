package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one grammar of a pressed component's id (issue 19): owner and payload, within 100 characters. */
@DisplayName("What a pressed component carries back")
class PressTest {

    private static final Member SLACK_ANA = new Member("slack:T0ACME00001:U0ANA000001");
    private static final Member DISCORD_CARA = new Member("discord:18446744073709551615");
    private static final String LONGEST_ACTION = "answer:contacts:" + "x".repeat(80 - "answer:contacts:".length());

    @Test
    @DisplayName("a press is read back as written, for every kind, on either platform")
    void roundTrip() {
        for (Press.Kind kind : Press.Kind.values()) {
            for (String member : new String[] {SLACK_ANA.key(), DISCORD_CARA.key(), "console:ana"}) {
                Press press = Press.of(kind, new Member(member), "answer:stage:final");
                Press read = Press.read(press.write()).orElseThrow();
                assertThat(read).isEqualTo(press);
                assertThat(read.ownedBy(new Member(member))).isTrue();
                assertThat(read.payload()).isEqualTo("answer:stage:final");
            }
        }
    }

    @Test
    @DisplayName("the plain form is Discord's of before: rb:<user id>:<action>, rb:<team>.<user>:... on Slack")
    void plainForm() {
        assertThat(Press.of(Press.Kind.CHOICE, new Member("discord:42"), "answer:stage:final").write())
                .isEqualTo("rb:42:answer:stage:final");
        assertThat(Press.of(Press.Kind.SEVERAL, new Member("slack:T1:U1"), "text").write()).isEqualTo("rt:T1.U1:text");
        assertThat(Press.of(Press.Kind.OPEN_FORM, new Member("discord:42"), "contact").write()).isEqualTo("rf:42:contact");
        assertThat(Press.of(Press.Kind.FORM, new Member("discord:42"), "contact").write()).isEqualTo("rm:42:contact");
    }

    @Test
    @DisplayName("any action of 80 characters fits in 100 with any owner: the owner is sealed when it must be")
    void limits() {
        for (String member : new String[] {SLACK_ANA.key(), DISCORD_CARA.key(), "slack:E" + "1".repeat(40) + ":W" + "2".repeat(40),
                "console:ana.b"}) {
            String id = Press.of(Press.Kind.CHOICE, new Member(member), LONGEST_ACTION).write();
            assertThat(id).hasSizeLessThanOrEqualTo(Press.LONGEST);
            Press read = Press.read(id).orElseThrow();
            assertThat(read.payload()).isEqualTo(LONGEST_ACTION);
            assertThat(read.ownedBy(new Member(member))).as(member).isTrue();
            assertThat(read.ownedBy(new Member("slack:T0ACME00001:U0BEN000001"))).isFalse();
        }
        assertThat(Press.LONGEST_PAYLOAD).as("every core action fits")
                .isGreaterThanOrEqualTo(rebound.conversation.Action.LONGEST);
        assertThatThrownBy(() -> Press.of(Press.Kind.CHOICE, SLACK_ANA, "x".repeat(Press.LONGEST_PAYLOAD + 1)).write())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("the owner is one member: same ids on another team, a prefix of the id, or a sealed twin are not theirs")
    void ownerIsExact() {
        Press ana = Press.of(Press.Kind.CHOICE, new Member("slack:T1:U1"), "list");
        assertThat(ana.ownedBy(new Member("slack:T2:U1"))).isFalse();
        assertThat(ana.ownedBy(new Member("slack:T1:U11"))).isFalse();
        assertThat(ana.ownedBy(new Member("slack:T1"))).isFalse();
        assertThat(ana.ownedBy(null)).isFalse();
        assertThat(ana.ownedBy(new Member("garbage"))).isFalse();
        Press sealed = Press.read(Press.of(Press.Kind.CHOICE, SLACK_ANA, LONGEST_ACTION).write()).orElseThrow();
        assertThat(sealed.owner()).startsWith("~");
        assertThat(sealed.ownedBy(SLACK_ANA)).isTrue();
        assertThat(sealed.ownedBy(new Member("slack:T0ACME00001:U0ANA000002"))).isFalse();
        assertThat(sealed.ownedBy(new Member("slack:T0ACME00001.U0ANA000001"))).isFalse();
        assertThat(sealed.ownedBy(new Member("discord:T0ACME00001:U0ANA000001"))).as("the platform is the press's own").isTrue();
    }

    @Test
    @DisplayName("Discord's short head of before issue 19 (owner in base 36) is still read; its in-memory codes are gone")
    void earlierForms() {
        String owner36 = Long.toUnsignedString(Long.parseUnsignedLong("18446744073709551615"), 36);
        Press read = Press.read("b:" + owner36 + ":" + LONGEST_ACTION).orElseThrow();
        assertThat(read.kind()).isEqualTo(Press.Kind.CHOICE);
        assertThat(read.ownedBy(DISCORD_CARA)).isTrue();
        assertThat(read.payload()).isEqualTo(LONGEST_ACTION);
        assertThat(Press.read("m:" + owner36 + ":contact").map(Press::kind)).contains(Press.Kind.FORM);
        assertThat(Press.read("rb:42:#zz9")).isEmpty();
        assertThat(Press.read("b:16:#zz9")).isEmpty();
    }

    @Test
    @DisplayName("hostile ids read as nothing and never throw")
    void hostile() {
        String[] hostile = {null, "", "rb", "rb:", "rb::x", "rb:42", "zz:42:x", "rq:42:x", "b:!!:x", "b:zzzzzzzzzzzzzzzzzzzz:x",
            "b~short:x", "b~" + "a".repeat(16) + "x", "b~" + "%".repeat(16) + ":x", "rb:4 2:x", "rb:.42:x", "rb:4..2:x",
            "rb:42:" + "x".repeat(200), "rb:42:a\u0000b", "rb:42:\ud800", "rb:\u00e9:x", "x:42:x", "r:42:x"};
        for (String id : hostile) {
            assertThat(Press.read(id)).as(String.valueOf(id)).isEqualTo(Optional.empty());
        }
        assertThat(Press.read("rb:42:")).map(Press::payload).contains("");
    }
}
