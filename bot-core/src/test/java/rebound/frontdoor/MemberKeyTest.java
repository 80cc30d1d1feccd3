package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Member keys and the owner check, the same for every front door")
class MemberKeyTest {

    @Test
    @DisplayName("a key is platform and ids, and reads back exactly; other platforms and shapes do not parse")
    void roundTrip() {
        assertThat(MemberKey.of("slack", "T1", "U2")).isEqualTo("slack:T1:U2");
        assertThat(MemberKey.parse("slack:T1:U2", "slack", 2)).get().satisfies(k -> {
            assertThat(k.id(0)).isEqualTo("T1");
            assertThat(k.id(1)).isEqualTo("U2");
        });
        assertThat(MemberKey.parse("discord:42", "slack", 2)).isEmpty();
        assertThat(MemberKey.parse("slack:U2", "slack", 2)).isEmpty();
        assertThat(MemberKey.parse("slack::U2", "slack", 2)).isEmpty();
        assertThatThrownBy(() -> MemberKey.of("slack", "T:1", "U2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("only the owner may press a member's buttons; a button with no owner is nobody's")
    void ownerCheck() {
        assertThat(Press.of(Press.Kind.CHOICE, "discord:1", "list").ownedBy("discord:1")).isTrue();
        assertThat(Press.of(Press.Kind.CHOICE, "discord:1", "list").ownedBy("discord:2")).isFalse();
        assertThat(Press.read("rb::list")).isEmpty();
    }
}
