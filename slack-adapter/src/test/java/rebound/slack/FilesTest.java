package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.conversation.KeptRejections;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeFiles;
import rebound.slack.fake.FakeSlack;

@DisplayName("Files on Slack: the export and the calendar arrive in the member's DM through files.uploadV2 (issue 20, item 9; issue 21)")
class FilesTest extends RunningSlackAppTest {

    private static final Instant LOGGED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    @DisplayName("/rejected calendar: the intro in the DM, then the .ics shared there; a pointer where the command was typed")
    void calendar() {
        app.keep(ANA, KeptRejections.of(2, LOGGED));
        JsonNode here = app.command(ANA, "C0JOBS", "calendar");
        app.settle();
        assertThat(here.toString()).contains("slack://app?team=" + FakeSlack.TEAM);
        String dm = FakeSlack.dmOf(ANA);
        assertThat(app.slack.lastPosted(dm).shownText()).contains("2 upcoming follow-ups");
        assertThat(app.slack.filesIn(dm)).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("rebound-follow-ups.ics");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR")
                    .contains("Dana Smith at Company 2");
        });
        assertThat(app.slack.calls("files.getUploadURLExternal")).singleElement()
                .satisfies(call -> assertThat(call.param("length")).isEqualTo(
                        String.valueOf(app.slack.filesIn(dm).get(0).content().length)));
        assertThat(app.slack.calls("files.completeUploadExternal")).singleElement()
                .satisfies(call -> assertThat(call.param("channel_id")).isEqualTo(dm));
    }

    @Test
    @DisplayName("500 rejections: /rejected export is one message and two files, not seven messages of 150,000 characters")
    void fiveHundred() {
        app.keep(ANA, KeptRejections.of(500, LOGGED));
        app.command(ANA, FakeSlack.dmOf(ANA), "export");
        app.settle();
        String dm = FakeSlack.dmOf(ANA);
        assertThat(app.dms(ANA)).singleElement()
                .satisfies(m -> assertThat(m.shownText()).startsWith("Here's everything I keep about you, in two files"));
        assertThat(app.slack.filesIn(dm)).extracting(FakeFiles.Shared::filename)
                .containsExactly("rebound-export.json", "rebound-rejections.csv");
        assertThat(app.slack.filesIn(dm).get(0).content().length).isGreaterThan(150_000);
        assertThat(new String(app.slack.filesIn(dm).get(1).content(), StandardCharsets.UTF_8).lines()).hasSize(501);
    }

    @Test
    @DisplayName("an upload Slack refuses (a 5xx): the member is told plainly which file did not come; nothing kept is lost")
    void refusedUpload() {
        app.keep(ANA, KeptRejections.of(1, LOGGED));
        app.slack.failUploads(503);
        app.command(ANA, FakeSlack.dmOf(ANA), "calendar");
        app.settle();
        String dm = FakeSlack.dmOf(ANA);
        assertThat(app.slack.filesIn(dm)).isEmpty();
        ApiCall told = app.slack.lastPosted(dm);
        assertThat(told.shownText()).contains("rebound-follow-ups.ics").contains("nothing is lost");
        // asking again works
        app.command(ANA, FakeSlack.dmOf(ANA), "calendar");
        app.settle();
        assertThat(app.slack.filesIn(dm)).singleElement()
                .satisfies(file -> assertThat(file.filename()).isEqualTo("rebound-follow-ups.ics"));
    }

    @Test
    @DisplayName("typed as text in the DM, /rejected export arrives the same way")
    void typedInDm() {
        app.keep(ANA, KeptRejections.of(1, LOGGED));
        app.dm(ANA, "/rejected export");
        app.settle();
        assertThat(app.slack.filesIn(FakeSlack.dmOf(ANA))).extracting(FakeFiles.Shared::filename)
                .containsExactly("rebound-export.json", "rebound-rejections.csv");
    }
}
