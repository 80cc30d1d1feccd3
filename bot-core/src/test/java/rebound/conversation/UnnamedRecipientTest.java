package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * A person the member named only by their part ("the recruiter"): every draft for them says whom it is for,
 * in its heading, while its greeting stays the script's own ("Hello,": no name to greet them by).
 */
@DisplayName("A draft for someone named only by their part")
class UnnamedRecipientTest {

    @Test
    @DisplayName("after silence, the status question to \"the recruiter\" is headed for the recruiter and still opens \"Hello,\"")
    void statusCheckToTheRecruiter() {
        // given a member who heard nothing after the final round and caught no name
        Dialogue ana = Dialogue.with("console:ana").throughIntake("ghosted", "yes", "thank", "the recruiter");
        // when the plan is written
        ana.says("yes");
        // then the draft carries the part, and its heading names the recruiter
        Draft draft = ana.drafts().stream().filter(d -> d.kind().equals("status_check")).findFirst().orElseThrow();
        assertThat(draft.to()).isEmpty();
        assertThat(draft.part()).isEqualTo("recruiter");
        assertThat(draft.body()).startsWith("Hello,");
        ana.botSays("*Draft 1 of 1*: a status question, for the recruiter");
        // and the nudge a week later is headed the same way
        Rejection rejection = ana.state().rejections().get(0);
        FollowUp nudge = rejection.pendingFollowUps().get(0);
        Outbound reminder = Dialogue.conversation().reminder(new Member("console:ana"), rejection, nudge);
        assertThat(reminder.drafts()).extracting(Draft::part).containsExactly("recruiter");
    }

    @Test
    @DisplayName("a named person keeps their name and part in the heading")
    void namedUnchanged() {
        // given a member who named Sam Lee, recruiter
        Dialogue sam = Dialogue.with("console:sam").throughIntake("ghosted", "yes", "thank", "Sam Lee, recruiter")
                .says("yes");
        // then the draft names him and his part
        assertThat(sam.drafts()).extracting(Draft::to, Draft::part).containsExactly(tuple("Sam Lee", "recruiter"));
        sam.botSays("*Draft 1 of 1*: a status question, for Sam Lee (recruiter)");
    }
}
