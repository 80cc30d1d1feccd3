package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * The calendar read back by readers that did not write it (issue 21, "How it is checked"): biweekly,
 * a second Java parser, and a Python script using only the standard library
 * ({@code src/test/python/read_calendar.py}), with every event's date in the member's zone.
 */
@DisplayName("The calendar file, read back by other readers, has every date in the member's zone")
class CalendarReadBackTest {

    private static final PlaybookBundle PLAYBOOK = PlaybookBundle.load(PlaybookSource.builtIn());
    private static final MemberFiles FILES = new MemberFiles(new Views(PLAYBOOK.intake(), PLAYBOOK.words(), PLAYBOOK.playbook().workingDays()),
            PLAYBOOK.playbook(), PLAYBOOK.reading());
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /**
     * A member whose follow-ups fall at moments where the zones disagree on the date: 15:00 UTC is the
     * next morning in Auckland, 23:30 UTC is the same afternoon in Honolulu and the next day in
     * Auckland, across Auckland's daylight-saving end (5 April 2027).
     */
    private static MemberState spread() {
        MemberState state = CalendarSpecTest.withPlan("console:kiri").state();
        Rejection rejection = state.rejections().get(0);
        List<Instant> moments = List.of(Instant.parse("2027-03-01T15:00:00Z"), Instant.parse("2027-04-03T23:30:00Z"),
                Instant.parse("2027-04-05T11:30:00Z"), Instant.parse("2027-07-10T09:00:00Z"));
        List<FollowUp> moved = new ArrayList<>();
        int next = 0;
        for (FollowUp followUp : rejection.followUps()) {
            moved.add(followUp.isPending() && next < moments.size() ? followUp.movedTo(moments.get(next++)) : followUp);
        }
        return state.changeRejection(rejection.id(), r -> r.withFollowUps(moved));
    }

    private static List<Instant> dues(MemberState state) {
        return state.rejections().stream().flatMap(r -> r.pendingFollowUps().stream()).map(FollowUp::due).toList();
    }

    @Test
    @DisplayName("biweekly reads one all-day event per follow-up, on the member's date, with its UID, summary and draft")
    void biweekly() {
        MemberState state = spread();
        for (ZoneId zone : List.of(AUCKLAND, HONOLULU, ZoneOffset.UTC)) {
            String ics = FILES.calendar(state, zone, NOW).orElseThrow().asText();
            ICalendar calendar = Biweekly.parse(ics).first();
            assertThat(calendar).as("parsed in " + zone).isNotNull();
            List<LocalDate> dates = new ArrayList<>();
            for (VEvent event : calendar.getEvents()) {
                assertThat(event.getDateStart().getValue().hasTime()).as("an all-day date").isFalse();
                assertThat(event.getUid().getValue()).endsWith("@rebound");
                assertThat(event.getSummary().getValue()).startsWith("Follow up with ");
                assertThat(event.getDescription().getValue()).isNotBlank();
                assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(NOW);
                dates.add(LocalDate.of(event.getDateStart().getValue().getRawComponents().getYear(),
                        event.getDateStart().getValue().getRawComponents().getMonth(),
                        event.getDateStart().getValue().getRawComponents().getDate()));
            }
            assertThat(dates).as("dates in " + zone).containsExactlyInAnyOrderElementsOf(
                    dues(state).stream().map(due -> LocalDate.ofInstant(due, zone)).toList());
        }
    }

    @Test
    @DisplayName("Python's standard library (zoneinfo, lines unfolded by hand) finds every date in the member's zone")
    void python(@TempDir Path dir) throws Exception {
        MemberState state = spread();
        Path file = dir.resolve("rebound-follow-ups.ics");
        Files.writeString(file, FILES.calendar(state, AUCKLAND, NOW).orElseThrow().asText(), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(python(), Path.of("src/test/python/read_calendar.py").toString(),
                file.toString(), AUCKLAND.getId()));
        dues(state).forEach(due -> command.add(due.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(dues(state)).hasSize(3);
        assertThat(output).contains("2027-03-02 Tue | Follow up with ")
                .contains("2027-04-04 Sun | Follow up with ")
                .contains("2027-04-05 Mon | Follow up with ")
                .contains("ok " + dues(state).size() + " events in Pacific/Auckland");
    }

    @Test
    @DisplayName("the Python reader itself refuses a calendar whose dates are not the member's")
    void pythonRefusesWrongDates(@TempDir Path dir) throws Exception {
        MemberState state = spread();
        Path file = dir.resolve("utc.ics");
        Files.writeString(file, FILES.calendar(state, ZoneOffset.UTC, NOW).orElseThrow().asText());
        List<String> command = new ArrayList<>(List.of(python(), "src/test/python/read_calendar.py",
                file.toString(), AUCKLAND.getId()));
        dues(state).forEach(due -> command.add(due.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).startsWith("FAIL: dates");
    }

    /** python3 from the PATH; its absence fails the test, plainly, rather than skipping it. */
    private static String python() throws IOException, InterruptedException {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import zoneinfo; zoneinfo.ZoneInfo('Pacific/Auckland')")
                    .redirectErrorStream(true).start();
            String said = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (probe.waitFor() != 0) {
                fail("python3 cannot read time zones (install tzdata; .ci/run does): " + said);
            }
            return "python3";
        } catch (IOException e) {
            return fail("python3 is needed to read the calendar back (issue 21); install it (.ci/run does): " + e.getMessage());
        }
    }
}
