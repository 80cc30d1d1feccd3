package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Member words woven into a sentence")
class WordingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Figma                      | Figma
            Figma, Canva               | Figma and Canva
            Figma,Canva,Linear         | Figma, Canva and Linear
            Figma and Canva            | Figma and Canva
            Figma; Canva & Linear      | Figma, Canva and Linear
            Acme, Inc., Globex         | Acme, Inc. and Globex
            Hooli, Vandelay Industries | Hooli and Vandelay Industries
            """)
    @DisplayName("a list of companies is joined with commas and a final 'and'")
    void joined(String typed, String sentence) {
        assertThat(Wording.joined(typed)).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Figma, Canva            | Figma and Canva
            Acme, Inc., Globex      | Acme, Inc. and Globex
            N26; eBay & McKinsey    | N26, eBay and McKinsey
            any fintech really      | ''
            fintech                 | ''
            Stripe maybe?           | ''
            Stripe, maybe Plaid     | ''
            Google (if they're hiring) | ''
            ''                      | ''
            """)
    @DisplayName("issue 18: only a list of names fills the targets slot; a typed thought leaves it empty")
    void names(String typed, String sentence) {
        assertThat(Wording.names(typed).orElse("")).isEqualTo(sentence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme           | Acme's
            Northwind Labs | Northwind Labs'
            """)
    @DisplayName("a possessive reads right after a name ending in s")
    void possessive(String name, String possessive) {
        assertThat(Wording.possessive(name)).isEqualTo(possessive);
    }
}
