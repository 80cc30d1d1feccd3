package rebound.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.intake.PeoplePending;
import rebound.member.Awaiting;
import rebound.member.MemberState;
import rebound.rejection.HistoryEntry.Type;
import rebound.rejection.HistoryEntry;

/**
 * Issue 19: the strings read back by prefix became types; a member's state written before (by commit 276be9a,
 * through the whole bot: a story of outcomes, reminders, a snooze, a note marked sent, a stop, everything
 * stopped, a new job, then a new intake waiting for the part of "PM Kim Park" and a rejection to pick) reads
 * to those types and is written back the same.
 */
@DisplayName("A member's state written by the version before the types")
class StateOfThisVersionTest {

    private static byte[] written() throws IOException {
        try (InputStream in = StateOfThisVersionTest.class.getResourceAsStream("/store/state-276be9a.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("reads what the bot waits for, what the people step waits for and each history entry by type")
    void readsTyped() throws IOException {
        MemberState state = StateJson.read(written());
        assertThat(state.awaits()).isEqualTo(new Awaiting.RejectionPick());
        assertThat(state.intake().pending()).isEqualTo(new PeoplePending(PeoplePending.Waits.PART, -1, "PM Kim Park"));
        assertThat(state.intake().pending().waitsFor()).isEqualTo(PeoplePending.Waits.PART);
        assertThat(state.rejection("r1").history())
                .extracting(HistoryEntry::type, HistoryEntry::value, HistoryEntry::to, HistoryEntry::detail)
                .containsExactly(
                        tuple(Type.REMINDER, "feedback_request", "Sam Lee", null),
                        tuple(Type.SNOOZED, "feedback_request", "Sam Lee", null),
                        tuple(Type.OUTCOME, "feedback", "Sam Lee", null),
                        tuple(Type.OUTCOME, "reference", "Sam Lee", "Globex"),
                        tuple(Type.REMINDER, "report_back", "Sam Lee", null),
                        tuple(Type.SENT, "referral_thanks", "Sam Lee", null),
                        tuple(Type.REMINDER, "check_in", "Omar Haddad", null),
                        tuple(Type.STOPPED, "check_in", "Omar Haddad", null),
                        tuple(Type.STOPPED, "", "", null));
        assertThat(state.rejection("r2").history()).singleElement().satisfies(h -> {
            assertThat(h.told("new_job")).isTrue();
            assertThat(h.to()).isEmpty();
        });
    }

    @Test
    @DisplayName("writes it back the same: every field and stored string, nothing added (the order of a map's keys aside)")
    void writesTheSame() throws IOException {
        byte[] before = written();
        byte[] after = StateJson.write(StateJson.read(before));
        // the intake's answers are a Map.copyOf, whose order Java varies from run to run: compared as JSON trees
        assertThat(StateJson.mapper().readTree(after)).isEqualTo(StateJson.mapper().readTree(before));
        assertThat(after).hasSameSizeAs(before);
    }
}
