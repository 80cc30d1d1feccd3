package rebound.rejection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Draft;

@DisplayName("A person's story: what they did since the no, and what the member did")
class PersonStoryTest {

    private static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");
    private static final String AHMED = "Ahmed Al-Sayed";
    private static final String SAM = "Sam Lee";

    private static Instant day(int n) {
        return LOGGED.plus(Duration.ofDays(n));
    }

    private static Rejection logged(String outcome, List<HistoryEntry> history) {
        return new Rejection("r1", LOGGED, "Acme", "Designer", "final", outcome, true,
                List.of(new Contact(AHMED, "hiring_manager", ""), new Contact(SAM, "recruiter", "")),
                List.of("thank", "reference"), "", "warm", List.of(), List.of(), history);
    }

    private static Draft note(String kind, String to) {
        return new Draft(kind, to, "", "", "");
    }

    @Test
    @DisplayName("keeps only what concerns that person, in order; a new job is the member's own")
    void onlyTheirs() {
        PersonStory story = PersonStory.of(logged("hired_other", List.of(
                new HistoryEntry(day(1), "sent:thank_you", AHMED),
                new HistoryEntry(day(2), "outcome:feedback", SAM),
                new HistoryEntry(day(3), "outcome:declined", AHMED),
                new HistoryEntry(day(5), "reminder:check_in", AHMED),
                new HistoryEntry(day(9), "outcome:new_job", AHMED))), AHMED);

        assertThat(story.steps()).extracting(PersonStory.Step::who, PersonStory.Step::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PersonStory.Who.MEMBER, "sent:thank_you"),
                org.assertj.core.groups.Tuple.tuple(PersonStory.Who.PERSON, "declined"),
                org.assertj.core.groups.Tuple.tuple(PersonStory.Who.MEMBER, "reminder:check_in"),
                org.assertj.core.groups.Tuple.tuple(PersonStory.Who.MEMBER, "new_job"));
        assertThat(story.did("declined")).isTrue();
        assertThat(story.did("feedback")).as("Sam's, not Ahmed's").isFalse();
        assertThat(story.did("new_job")).as("not something Ahmed did").isFalse();
        assertThat(story.memberFoundAJob()).isTrue();
        assertThat(PersonStory.of(logged("hired_other", List.of()), AHMED).answered()).isFalse();
    }

    @Test
    @DisplayName("after a no to helping, the reference request and the first thank-you are settled; the thanks-anyway is not")
    void declined() {
        PersonStory story = PersonStory.of(logged("hired_other", List.of(
                new HistoryEntry(day(3), "outcome:declined", AHMED))), AHMED);

        assertThat(story.settles(note("reference_request", AHMED))).isTrue();
        assertThat(story.settles(note("thank_you", AHMED))).as("they answered after it: it went out").isTrue();
        assertThat(story.settles(note("thanks_anyway", AHMED))).isFalse();
    }

    @Test
    @DisplayName("after feedback then a referral, only the thank-you for the referral may still be waiting")
    void feedbackThenReferral() {
        PersonStory story = PersonStory.of(logged("hired_other", List.of(
                new HistoryEntry(day(2), "outcome:feedback", SAM),
                new HistoryEntry(day(4), "outcome:reference", SAM, "Globex"))), SAM);

        assertThat(List.of("thank_you", "feedback_thanks", "referral_thanks").stream()
                .filter(kind -> !story.settles(note(kind, SAM)))).containsExactly("referral_thanks");
    }

    @Test
    @DisplayName("'no answer yet' is no answer, and a note marked sent is settled")
    void noAnswer() {
        PersonStory story = PersonStory.of(logged("hired_other", List.of(
                new HistoryEntry(day(7), "outcome:no_answer", AHMED))), AHMED);
        assertThat(story.answered()).isFalse();
        assertThat(story.settles(note("thank_you", AHMED))).isFalse();
        assertThat(story.settles(note("thank_you", AHMED).markedSent())).isTrue();
    }

    @Test
    @DisplayName("after a silence, the notes written on the final no wait for an answer after it")
    void plannedAgain() {
        List<HistoryEntry> history = new ArrayList<>(List.of(new HistoryEntry(day(8), "outcome:replied", SAM),
                new HistoryEntry(day(8), "outcome:final_no", SAM)));
        PersonStory story = PersonStory.of(logged("ghosted", history), SAM);
        assertThat(story.settles(note("status_check", SAM))).as("answered after it").isTrue();
        assertThat(story.settles(note("thank_you", SAM))).as("written on the final no").isFalse();
    }
}
