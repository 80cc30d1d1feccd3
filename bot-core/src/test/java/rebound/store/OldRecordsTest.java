package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.member.MemberState;
import rebound.rejection.FollowUp;

/** Records written by earlier versions still read, with the fields added since empty. */
@DisplayName("Records of earlier versions")
class OldRecordsTest {

    /** A member's state as the version before issue 21 wrote it: follow-ups had no answerOf. */
    static final String BEFORE_ISSUE_21 = """
            {"version":1,"rejections":[{"id":"r1","createdAt":"2026-11-23T10:00:00Z","company":"Acme",
            "role":"Product Designer","stage":"final","outcome":"hired_other","stillInterested":true,
            "contacts":[{"name":"Ana Ruiz","part":"interviewer","detail":"latency budgets"}],
            "goals":["thank","stay_in_touch"],"targets":"","tone":"warm","drafts":[],
            "followUps":[{"id":"r1-f1","kind":"share_opportunity","due":"2027-02-06T10:00:00Z","to":"Ana Ruiz",
            "status":"PENDING","refusals":0,"unconfirmed":false}],"history":[]}],
            "awaiting":"","seen":[],"counter":1}
            """;

    @Test
    @DisplayName("a follow-up written before issue 21 reads as planned by the plan (no one's answer)")
    void followUpBeforeIssue21() {
        MemberState state = StateJson.read(BEFORE_ISSUE_21.getBytes(StandardCharsets.UTF_8));
        FollowUp f = state.rejections().get(0).followUps().get(0);
        assertThat(f.kind()).isEqualTo("share_opportunity");
        assertThat(f.isPending()).isTrue();
        assertThat(f.answerOf()).isNull();
        assertThat(state.rejections().get(0).cadence()).as("the playbook's own cadence").isEmpty();
    }

    @Test
    @DisplayName("the person whose answer planned a follow-up is kept")
    void answerOfKept() {
        MemberState state = StateJson.read(BEFORE_ISSUE_21.getBytes(StandardCharsets.UTF_8));
        MemberState changed = state.changeRejection("r1", r -> r.withFollowUp("r1-f1", f -> f.answering("Ana Ruiz")));
        MemberState again = StateJson.read(StateJson.write(changed));
        assertThat(again.rejections().get(0).followUps().get(0).answerOf()).isEqualTo("Ana Ruiz");
        assertThat(again).isEqualTo(changed);
    }
}
