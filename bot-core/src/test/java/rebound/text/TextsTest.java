package rebound.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Texts;

@DisplayName("One splitter and one cutter for the platforms' limits")
class TextsTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one emoji, two chars

    @Test
    @DisplayName("splits at a line break, then a space, else hard; no piece over the limit; nothing lost")
    void split() {
        assertThat(Texts.split("first line\nsecond line", 15)).containsExactly("first line", "second line");
        assertThat(Texts.split("aaaa bbbb cccc", 10)).containsExactly("aaaa bbbb", "cccc");
        assertThat(Texts.split("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(Texts.split("", 5)).containsExactly("");
        String long4000 = "word ".repeat(800);
        List<String> pieces = Texts.split(long4000, 2000);
        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(String.join(" ", pieces)).as("only the breaks cut at are dropped").isEqualTo(long4000);
    }

    @Test
    @DisplayName("never splits an emoji's surrogate pair, in a piece or in a cut")
    void surrogates() {
        String text = "abc" + EMOJI + "def";
        for (String piece : Texts.split(text, 4)) {
            assertThat(Character.isHighSurrogate(piece.charAt(piece.length() - 1))).as(piece).isFalse();
            assertThat(Character.isLowSurrogate(piece.charAt(0))).as(piece).isFalse();
        }
        assertThat(String.join("", Texts.split(text, 4))).isEqualTo(text);
        String cut = Texts.cut("ab" + EMOJI + "cdef", 4);
        assertThat(cut).isEqualTo("ab…");
        assertThat(cut.length()).isLessThanOrEqualTo(4);
    }

    @Test
    @DisplayName("cuts to the limit with an ellipsis, and leaves short text alone")
    void cut() {
        assertThat(Texts.cut("Add a person you met", 24)).isEqualTo("Add a person you met");
        assertThat(Texts.cut("Add a person you met at the company", 24)).hasSize(24).endsWith("…");
        assertThat(Texts.cut(null, 5)).isEmpty();
    }
}
