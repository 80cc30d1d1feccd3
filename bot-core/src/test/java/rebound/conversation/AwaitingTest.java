package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.member.Awaiting;
import rebound.member.MemberState;
import rebound.store.StateJson;

@DisplayName("What the bot waits for, as stored")
class AwaitingTest {

    @Test
    @DisplayName("keeps the strings of earlier files: '', 'forget', 'update', 'outcome:<id>'")
    void storedForm() {
        assertThat(Awaiting.read("")).isEqualTo(new Awaiting.Nothing());
        assertThat(Awaiting.read(null)).isEqualTo(new Awaiting.Nothing());
        assertThat(Awaiting.read("forget")).isEqualTo(new Awaiting.ForgetConfirmation());
        assertThat(Awaiting.read("update")).isEqualTo(new Awaiting.RejectionPick());
        assertThat(Awaiting.read("outcome:r7")).isEqualTo(new Awaiting.OutcomeOf("r7"));
        assertThat(Awaiting.read("something newer")).isEqualTo(new Awaiting.Nothing());
        assertThat(Awaiting.read("who:r7:feedback")).isEqualTo(new Awaiting.WhoOf("r7", "feedback"));
        assertThat(Awaiting.read("said:r7:team")).isEqualTo(new Awaiting.SaidBy("r7", "team"));
        assertThat(Awaiting.read("referral:r7:2")).isEqualTo(new Awaiting.ReferralFor("r7", "2"));
        for (String stored : new String[] {"", "forget", "update", "outcome:r7", "who:r7:feedback", "said:r7:?",
                "referral:r7:0"}) {
            assertThat(Awaiting.read(stored).stored()).isEqualTo(stored);
        }
    }

    @Test
    @DisplayName("reads a file of an earlier version waiting for an outcome, and writes the same string back")
    void oldFile() {
        String json = "{\"version\":1,\"rejections\":[],\"awaiting\":\"outcome:r1\",\"seen\":[],\"counter\":1}";
        MemberState state = StateJson.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(state.awaits()).isEqualTo(new Awaiting.OutcomeOf("r1"));
        assertThat(new String(StateJson.write(state.awaiting(new Awaiting.ForgetConfirmation())), StandardCharsets.UTF_8))
                .contains("\"awaiting\":\"forget\"");
    }

    @Test
    @DisplayName("a draft marked sent and a referral's company are kept; files without them read as not sent, no detail")
    void sentAndDetailKept() {
        String old = "{\"version\":1,\"rejections\":[{\"id\":\"r1\",\"company\":\"Acme\",\"drafts\":[{\"kind\":"
                + "\"thank_you\",\"to\":\"Dana\",\"body\":\"Hi\"}],\"history\":[{\"at\":\"2026-11-23T09:00:00Z\","
                + "\"what\":\"outcome:reference\",\"to\":\"Dana\"}]}],\"awaiting\":\"\",\"seen\":[],\"counter\":1}";
        MemberState state = StateJson.read(old.getBytes(StandardCharsets.UTF_8));
        rebound.rejection.Rejection r = state.rejections().get(0);
        assertThat(r.drafts().get(0).wasSent()).isFalse();
        assertThat(r.history().get(0).detail()).isNull();
        assertThat(new String(StateJson.write(state), StandardCharsets.UTF_8)).doesNotContain("\"sent\"")
                .doesNotContain("\"detail\"");
        MemberState changed = state.changeRejection("r1", x -> x.withPlan(List.of(x.drafts().get(0).markedSent()),
                x.followUps()).withHistory(new rebound.rejection.HistoryEntry(x.createdAt(), "outcome:reference",
                "Dana", "Hooli")));
        MemberState back = StateJson.read(StateJson.write(changed));
        assertThat(back.rejections().get(0).drafts().get(0).wasSent()).isTrue();
        assertThat(back.rejections().get(0).history().get(1).detail()).isEqualTo("Hooli");
    }
}
