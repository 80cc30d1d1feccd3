package rebound.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Playbook templates")
class TemplateTest {

    private static final Set<String> KNOWN = Set.of("name", "detail", "part");

    @Test
    @DisplayName("an unknown variable is reported with its file and line")
    void unknownVariable() {
        Problems problems = new Problems();
        PlaybookFile file = PlaybookFile.parse("scripts/x.txt", """
                # a comment
                [warm]
                subject: Hi ${name}
                body:
                  Hello ${name},

                  We met at ${venue}.
                """, problems);
        PlaybookFile.Entry body = file.blocks().get(0).entry("body");
        Template.compile("scripts/x.txt", body.value(), body.lines(), KNOWN, problems);
        assertThat(problems.all()).singleElement().asString()
                .startsWith("scripts/x.txt:7: unknown variable ${venue}");
    }

    @Test
    @DisplayName("a line that is neither an entry, a block nor a comment is reported")
    void badLine() {
        Problems problems = new Problems();
        PlaybookFile.parse("words.txt", "greeting: hi\nthis line has no key\n", problems);
        assertThat(problems.all()).containsExactly(
                "words.txt:2: expected 'key: value', a [block] header or a # comment");
    }

    @Test
    @DisplayName("conditions keep a line or a piece only when they hold")
    void conditions() {
        Template template = Template.of("""
                Hi ${name},
                [if part=recruiter] Thanks for the updates.
                We talked[if detail] about ${detail}[/if].""", KNOWN);
        assertThat(template.render(Map.of("name", "Dana", "part", "recruiter", "detail", "")))
                .isEqualTo("Hi Dana,\nThanks for the updates.\nWe talked.");
        assertThat(template.render(Map.of("name", "Sam", "part", "interviewer", "detail", "latency")))
                .isEqualTo("Hi Sam,\nWe talked about latency.");
    }

    @Test
    @DisplayName("values are inserted literally, never expanded again")
    void literalValues() {
        Template template = Template.of("Dear ${name}, about ${detail}", KNOWN);
        assertThat(template.render(Map.of("name", "${detail}", "detail", "${env:HOME} ${name}")))
                .isEqualTo("Dear ${detail}, about ${env:HOME} ${name}");
    }

    @Test
    @DisplayName("an unknown condition is reported")
    void unknownCondition() {
        Problems problems = new Problems();
        Template.compile("f.txt", "[if mood=good] Yay", List.of(3), KNOWN, problems);
        assertThat(problems.all()).singleElement().asString().startsWith("f.txt:3: unknown condition");
    }

    @Test
    @DisplayName("a pick renders one wording; every choice below the product of the picks' sizes differs")
    void picks() {
        Template template = Template.of("[pick]Hi[or]Hello[/pick] ${name}, [pick]thanks[or]many thanks[or]cheers[/pick].",
                KNOWN);
        List<String> renders = java.util.stream.IntStream.range(0, 6)
                .mapToObj(choice -> template.render(Map.of("name", "Sam"), choice)).toList();
        assertThat(renders).doesNotHaveDuplicates().contains("Hi Sam, thanks.", "Hello Sam, cheers.");
        assertThat(template.render(Map.of("name", "Sam"))).isEqualTo("Hi Sam, thanks.");
        assertThat(template.render(Map.of("name", "Sam"), 6)).isEqualTo("Hi Sam, thanks.");
    }

    @Test
    @DisplayName("a pick without a second wording, or an [or] outside a pick, is reported")
    void badPick() {
        Problems problems = new Problems();
        Template.compile("f.txt", "[pick]only one[/pick]\nand [or] alone", List.of(7), KNOWN, problems);
        assertThat(problems.all()).hasSize(2).first().asString().startsWith("f.txt:7: a [pick] needs two");
    }
}
