package rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.rejection.HistoryEntry.Type;

/** Issue 19: a history entry is written and read by type in one place, its stored string the same as before. */
@DisplayName("A history entry, written and read by type")
class HistoryEntryTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("each kind is stored as the string of earlier files")
    void storedForm() {
        assertThat(HistoryEntry.outcome(AT, "reference", "Sam Lee", "Globex"))
                .isEqualTo(new HistoryEntry(AT, "outcome:reference", "Sam Lee", "Globex"));
        assertThat(HistoryEntry.sent(AT, "thank_you", "Dana")).isEqualTo(new HistoryEntry(AT, "sent:thank_you", "Dana"));
        assertThat(HistoryEntry.reminder(AT, "check_in", "Dana", "gathered"))
                .isEqualTo(new HistoryEntry(AT, "reminder:check_in", "Dana", "gathered"));
        assertThat(HistoryEntry.snoozed(AT, "check_in", "Dana")).isEqualTo(new HistoryEntry(AT, "snoozed:check_in", "Dana"));
        assertThat(HistoryEntry.stopped(AT, "check_in", "Dana")).isEqualTo(new HistoryEntry(AT, "stopped:check_in", "Dana"));
        assertThat(HistoryEntry.stoppedEverything(AT)).isEqualTo(new HistoryEntry(AT, "stopped", ""));
    }

    @Test
    @DisplayName("reads its type and what it names; an entry this version does not write is another thing, kept as is")
    void reading() {
        HistoryEntry referral = new HistoryEntry(AT, "outcome:reference", "Sam Lee", "Globex");
        assertThat(referral.type()).isEqualTo(Type.OUTCOME);
        assertThat(referral.value()).isEqualTo("reference");
        assertThat(referral.told("reference")).isTrue();
        assertThat(referral.told("referenc")).isFalse();
        assertThat(new HistoryEntry(AT, "reminder:status_check", "Kim").is(Type.REMINDER)).isTrue();
        assertThat(new HistoryEntry(AT, "sent:thank_you", "Kim").told("thank_you")).as("a note, not an outcome")
                .isFalse();
        HistoryEntry everything = new HistoryEntry(AT, "stopped", "");
        assertThat(everything.type()).isEqualTo(Type.STOPPED);
        assertThat(everything.value()).isEmpty();
        HistoryEntry other = new HistoryEntry(AT, "note", "more");
        assertThat(other.type()).isEqualTo(Type.OTHER);
        assertThat(other.value()).isEmpty();
        assertThat(new HistoryEntry(AT, "called:twice", "").type()).isEqualTo(Type.OTHER);
        assertThat(new HistoryEntry(AT, "outcomes:x", "").type()).as("the whole word before the colon")
                .isEqualTo(Type.OTHER);
        assertThat(new HistoryEntry(AT, null, "").type()).isEqualTo(Type.OTHER);
    }
}
