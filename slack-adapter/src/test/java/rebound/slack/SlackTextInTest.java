package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;

@DisplayName("What a member typed, as Slack sends it: decoded on the way in, escaped once on the way out")
class SlackTextInTest extends RunningSlackAppTest {

    @Test
    @DisplayName("a company typed as AT&T (sent as AT&amp;T) shows as AT&amp;T once escaped, never AT&amp;amp;T")
    void entities() {
        app.startIntake(ANA);

        ApiCall role = app.dm(ANA, "AT&amp;T &lt;Labs&gt;");

        String shown = role.block("step:role").path("text").path("text").asText();
        assertThat(shown).contains("AT&amp;T &lt;Labs&gt;").doesNotContain("&amp;amp;", "&amp;lt;");
    }

    @Test
    @DisplayName("a link Slack wrapped (<http://acme.io|acme.io>) is stored as the text typed, acme.io")
    void links() {
        app.startIntake(ANA);

        ApiCall role = app.dm(ANA, "<http://acme.io|acme.io>");

        String shown = role.block("step:role").path("text").path("text").asText();
        assertThat(shown).contains("acme.io").doesNotContain("http://", "|", "&lt;");
        assertThat(SlackText.typed("<mailto:a@b.c|a@b.c> and <https://x.io>")).isEqualTo("a@b.c and https://x.io");
    }

    @Test
    @DisplayName("an answer sent with a file attached (subtype file_share) is answered like any other")
    void fileShare() {
        app.startIntake(ANA);
        var event = app.payloads.dmEvent(ANA, "Acme");
        event.put("subtype", "file_share");
        event.putArray("files").addObject().put("id", "F0FILE").put("name", "rejection.png");

        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), event));

        assertThat(app.slack.lastPosted(rebound.slack.fake.FakeSlack.dmOf(ANA)).block("step:role").isMissingNode())
                .isFalse();
    }

    @Test
    @DisplayName("a file dropped into the DM without a word (a screenshot of the rejection e-mail) is answered: "
            + "the question comes again, as on Discord")
    void fileWithoutText() {
        app.startIntake(ANA);
        int before = app.slack.posted(rebound.slack.fake.FakeSlack.dmOf(ANA)).size();
        var event = app.payloads.dmEvent(ANA, "");
        event.put("subtype", "file_share");
        event.putArray("files").addObject().put("id", "F0SHOT").put("name", "Screenshot 2026-12-06.png")
                .put("mimetype", "image/png");

        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), event));

        var posted = app.slack.posted(rebound.slack.fake.FakeSlack.dmOf(ANA));
        assertThat(posted).as("an answer to the file").hasSizeGreaterThan(before);
        assertThat(posted.get(posted.size() - 1).block("step:company").isMissingNode()).as("the company asked again")
                .isFalse();
    }
}
