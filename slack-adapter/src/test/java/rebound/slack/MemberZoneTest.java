package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.PlannedFollowUp;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

/** Issue 21, the member's clock on Slack: the zone of the member's profile, read with users.info. */
@DisplayName("A Slack member's time zone")
class MemberZoneTest extends RunningSlackAppTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final String MEMBER = (Members.key(FakeSlack.TEAM, ANA)).key();

    private void finishedIntake() {
        app.command(ANA, "C0JOBS", "");
        for (String answer : new String[] {"Acme", "Designer", "interview", "hired_other",
                "Dana Smith, hiring manager, weekly releases", "done", "Dana Smith", "yes", "thank, stay_in_touch",
                "warm", "yes"}) {
            app.dm(ANA, answer);
            app.settle();
        }
    }

    private List<PlannedFollowUp> followUps() {
        return app.bot.overview(new Member(MEMBER)).followups();
    }

    @Test
    @DisplayName("the zone of the member's profile brings their reminders at 09:00 there, and their dates on their calendar; users.info is asked once")
    void zoneFromProfile() {
        app.slack.users().zone(ANA, "Pacific/Auckland");
        finishedIntake();

        assertThat(app.slack.calls("users.info")).singleElement()
                .satisfies(call -> assertThat(call.param("user")).isEqualTo(ANA));
        assertThat(followUps()).isNotEmpty().allSatisfy(f ->
                assertThat(f.due().atZone(AUCKLAND).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
        String overview = app.bot.overview(new Member(MEMBER)).text();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        for (PlannedFollowUp f : followUps()) {
            assertThat(overview).contains(dates.format(f.due().atZone(AUCKLAND)))
                    .doesNotContain(dates.format(f.due().atZone(java.time.ZoneOffset.UTC)));
        }
        assertThat(String.join("\n", app.slack.posted(FakeSlack.dmOf(ANA)).stream().map(ApiCall::shownText)
                .toList())).doesNotContain("What's your time zone");

        // the first reminder comes at 09:00 Auckland, not a second before
        Instant first = followUps().stream().map(PlannedFollowUp::due).min(Instant::compareTo).orElseThrow();
        app.slack.timePasses();
        app.clock.set(first.minusSeconds(1));
        assertThat(app.door.messengerRun()).isZero();
        app.clock.set(first);
        assertThat(app.door.messengerRun()).isPositive();
    }

    @Test
    @DisplayName("users.info refused (no users:read scope) fails no turn: the intake ends with its plan, the member is asked their zone once")
    void missingScope() {
        app.slack.users().withoutUsersRead();
        finishedIntake();

        List<String> shown = app.slack.posted(FakeSlack.dmOf(ANA)).stream().map(ApiCall::shownText).toList();
        assertThat(String.join("\n", shown)).contains("Hi Dana").contains("What's your time zone or city?");
        assertThat(app.slack.calls("users.info")).hasSize(1); // not asked again on every event
        assertThat(followUps()).isNotEmpty().allSatisfy(f ->
                assertThat(f.due().atZone(java.time.ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));

        // the member answers by typing: kept
        app.dm(ANA, "Auckland");
        app.settle();
        assertThat(followUps()).allSatisfy(f ->
                assertThat(f.due().atZone(AUCKLAND).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    @DisplayName("users.info failing (a 503) fails no turn, and is not asked again on every event")
    void slackDown() {
        app.slack.users().zone(ANA, "Pacific/Auckland");
        app.slack.users().fail(503);
        ApiCall first = app.dm(ANA, "hi");
        app.settle();
        assertThat(first.shownText()).isNotBlank();
        finishedIntake();
        assertThat(app.slack.violations()).isEmpty();
        assertThat(app.slack.calls("users.info")).hasSize(1); // tried again only after MemberZones.RETRY_AFTER
    }
}
