package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.Awaiting;
import rebound.member.MemberState;

@DisplayName("A turn's effects, applied by whoever holds the store")
class TurnTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("export: the conversation writes no JSON itself; the export message carries, as its first file, what the facade writes")
    void export() {
        Turn turn = Dialogue.conversation().step(MemberState.empty(), Inbound.command(new Member("ana"), "export"), NOW);
        assertThat(turn.messages()).isEmpty();
        assertThat(turn.effects()).singleElement().isInstanceOf(Turn.Export.class);
        assertThat(turn.forget()).isFalse();
        Outbound export = turn.replies(state -> "{\"kept\":true}").get(0);
        assertThat(export.drafts()).as("a file, not a draft: issue 20, item 9").isEmpty();
        assertThat(export.attachments().get(0)).satisfies(file -> {
            assertThat(file.name()).isEqualTo(Turn.Export.FILE_NAME);
            assertThat(file.mediaType()).isEqualTo("application/json");
            assertThat(file.asText()).isEqualTo("{\"kept\":true}");
        });
    }

    @Test
    @DisplayName("forget: asked first, then the turn asks the store to delete instead of saving")
    void forget() {
        Turn asked = Dialogue.conversation().step(MemberState.empty(), Inbound.command(new Member("ana"), "forget"), NOW);
        assertThat(asked.forget()).isFalse();
        assertThat(asked.state().awaits()).isEqualTo(new Awaiting.ForgetConfirmation());
        Turn yes = Dialogue.conversation().step(asked.state(), Inbound.action(new Member("ana"), "forget:yes"), NOW);
        assertThat(yes.forget()).isTrue();
        assertThat(yes.replies(state -> "unused")).isEqualTo(yes.messages());
    }

    @Test
    @DisplayName("forget's question says what goes: nothing logged yet, one rejection, or several, each said right")
    void forgetSaysWhatGoes() {
        assertThat(Dialogue.with("ana").commands("new").says("Acme").commands("forget").last().text())
                .startsWith("This deletes everything I keep about you, including the answers you've given so far.")
                .doesNotContain("0 rejections");
        Dialogue one = Dialogue.with("bo").throughIntake("hired_other", "yes", "thank", "Dana Smith, recruiter")
                .says("yes");
        assertThat(one.commands("forget").last().text())
                .startsWith("This deletes everything I keep about you (your one rejection, with its drafts and reminders).");
        Dialogue two = Dialogue.with("cy").throughIntake("hired_other", "yes", "thank", "Dana Smith, recruiter")
                .says("yes").throughIntake("ghosted", "yes", "thank", "Lee Park, recruiter").says("yes");
        assertThat(two.commands("forget").last().text())
                .startsWith("This deletes everything I keep about you (2 rejections, with their drafts and reminders).");
    }
}
