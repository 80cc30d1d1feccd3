package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A turn's effects, applied by whoever holds the store")
class TurnTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("export: the conversation writes no JSON itself; the export message carries what the facade writes")
    void export() {
        Turn turn = Dialogue.conversation().step(MemberState.empty(), Inbound.command("ana", "export"), NOW);
        assertThat(turn.messages()).isEmpty();
        assertThat(turn.effects()).singleElement().isInstanceOf(Turn.Export.class);
        assertThat(turn.forget()).isFalse();
        Outbound export = turn.replies(state -> "{\"kept\":true}").get(0);
        assertThat(export.drafts()).singleElement().satisfies(draft -> {
            assertThat(draft.kind()).isEqualTo("export");
            assertThat(draft.subject()).isEqualTo(Turn.Export.FILE_NAME);
            assertThat(draft.body()).isEqualTo("{\"kept\":true}");
        });
    }

    @Test
    @DisplayName("forget: asked first, then the turn asks the store to delete instead of saving")
    void forget() {
        Turn asked = Dialogue.conversation().step(MemberState.empty(), Inbound.command("ana", "forget"), NOW);
        assertThat(asked.forget()).isFalse();
        assertThat(asked.state().awaits()).isEqualTo(new Awaiting.ForgetConfirmation());
        Turn yes = Dialogue.conversation().step(asked.state(), Inbound.action("ana", "forget:yes"), NOW);
        assertThat(yes.forget()).isTrue();
        assertThat(yes.replies(state -> "unused")).isEqualTo(yes.messages());
    }
}
