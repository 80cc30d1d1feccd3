package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rebound.frontdoor.Draft;

@DisplayName("Whatever a member types is inserted literally")
class HostileAnswersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${env:HOME}", "${script:javascript:1+1}", "${company}", "${name}", "${first_name}",
            "$${company}", "${sys:user.name}", "${file:UTF-8:/etc/passwd}", "<!channel> @everyone"})
    @DisplayName("as a company, a role, a name and a detail, in the summary and every draft")
    void neverExpanded(String hostile) {
        Dialogue alice = Dialogue.with("console:alice").commands("").says(hostile).says(hostile)
                .says("final").says("hired_other").says(hostile + ", recruiter, " + hostile)
                .says("Second Person, interviewer, " + hostile)
                .says("done").says("skip").says("yes").says("thank, stay in touch").says("skip").says("brief");
        assertThat(alice.last().step()).isEqualTo("confirm");
        assertThat(alice.last().text()).contains(hostile);
        alice.says("yes");
        List<Draft> drafts = alice.drafts();
        assertThat(drafts).isNotEmpty();
        for (Draft draft : drafts) {
            assertThat(draft.body()).contains(hostile);
            assertThat(draft.body()).doesNotContain(System.getProperty("user.home"));
            assertThat(draft.body()).doesNotContain("root:x:");
            assertThat(draft.body() + draft.subject()).doesNotContain("Infinite loop");
        }
        assertThat(alice.state().rejections().get(0).company()).isEqualTo(hostile);
    }
}
