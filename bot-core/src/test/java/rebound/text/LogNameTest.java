package rebound.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A member's name in the logs")
class LogNameTest {

    @Test
    @DisplayName("the same member gets the same short name in a run; another member another; nothing of the key shows")
    void stableAndOpaque() {
        String ana = LogName.of("slack:T0TEAM:U0ANA");
        assertThat(ana).matches("m-[0-9a-f]{8}").isEqualTo(LogName.of("slack:T0TEAM:U0ANA"));
        assertThat(LogName.of("slack:T0TEAM:U0BOB")).isNotEqualTo(ana);
        assertThat(ana).doesNotContain("T0TEAM", "U0ANA", "slack");
        assertThat(LogName.of(null)).isEqualTo("m-none");
    }
}
