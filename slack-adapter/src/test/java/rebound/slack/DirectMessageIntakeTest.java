package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("A member's intake in the app's DM")
class DirectMessageIntakeTest extends RunningSlackAppTest {

    @Test
    @DisplayName("runs from the first message to the drafts, each question tagged with its step and each draft in its own blocks")
    void wholeIntakeEndsInDrafts() {
        // given Ana writes to the app in its Messages tab and presses the welcome's start button
        String dm = FakeSlack.dmOf(ANA);
        ApiCall company = app.startIntake(ANA);

        // when she answers every step by typing
        ApiCall role = app.dm(ANA, "Acme");
        ApiCall stage = app.dm(ANA, "Product designer");
        app.dm(ANA, "interview");
        ApiCall contacts = app.dm(ANA, "they hired someone else");
        app.dm(ANA, "Dana Smith, hiring manager, the move to weekly releases");
        ApiCall toldBy = app.dm(ANA, "done");
        ApiCall stillInterested = app.dm(ANA, "Dana Smith");
        ApiCall goals = app.dm(ANA, "yes");
        ApiCall tone = app.dm(ANA, "thank, feedback");
        ApiCall confirm = app.dm(ANA, "warm");
        int before = app.dms(ANA).size();
        app.dm(ANA, "yes");

        // then every question carries its step in the block_id, and the answers went to her DM
        assertThat(company.block("step:company").isMissingNode()).isFalse();
        assertThat(role.block("step:role").path("text").path("text").asText()).contains("Acme");
        assertThat(stage.block("step:stage").isMissingNode()).isFalse();
        assertThat(stage.element("choice:stage:interview").path("value").asText()).isEqualTo("answer:stage:interview");
        assertThat(contacts.block("step:contacts").isMissingNode()).isFalse();
        assertThat(toldBy.block("step:told_by").isMissingNode()).isFalse();
        assertThat(stillInterested.block("step:still_interested").isMissingNode()).isFalse();
        assertThat(goals.block("step:goals").isMissingNode()).isFalse();
        assertThat(tone.block("step:tone").isMissingNode()).isFalse();
        assertThat(confirm.block("step:confirm").isMissingNode()).isFalse();

        // and the drafts arrive, each with whom it is for, within Block Kit's limits
        List<ApiCall> after = app.dms(ANA).subList(before, app.dms(ANA).size());
        List<ApiCall> drafts = after.stream().filter(c -> c.shownText().contains("*To:*")).toList();
        assertThat(drafts).isNotEmpty();
        assertThat(drafts.get(0).shownText()).contains("*To:* Dana Smith (hiring manager)", "Hi Dana");
        assertThat(app.slack.posted(dm)).allSatisfy(call -> {
            assertThat(call.blocks().size()).isLessThanOrEqualTo(50);
            for (JsonNode block : call.blocks()) {
                assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
            }
        });
    }

    @Test
    @DisplayName("ignores the app's own messages and other bots' messages in the DM")
    void ignoresBots() {
        // given Ana has started an intake
        app.startIntake(ANA);
        int before = app.dms(ANA).size();

        // when the app's own message and another bot's message show up in her DM
        var own = app.payloads.dmEvent(FakeSlack.BOT_USER, "Acme");
        own.put("bot_id", FakeSlack.BOT_ID);
        own.put("channel", FakeSlack.dmOf(ANA));
        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), own));
        var other = app.payloads.dmEvent("U0OTHERBOT", "Globex");
        other.put("bot_id", "B0OTHER");
        other.put("subtype", "bot_message");
        other.put("channel", FakeSlack.dmOf(ANA));
        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), other));
        assertThat(app.dms(ANA)).hasSize(before);

        // then her own answer is the one that counts
        ApiCall role = app.dm(ANA, "Initech");
        assertThat(role.shownText()).contains("Initech").doesNotContain("Acme", "Globex");
    }

    @Test
    @DisplayName("shows member text like <!channel> and <@U123> as text that pings no one")
    void escapesMemberText() {
        // given Ana is asked for the company
        app.startIntake(ANA);

        // when she answers with mentions and markup characters
        ApiCall role = app.dm(ANA, "<!channel> <!here> <@U123> <#C1> & Co");

        // then they come back escaped, so Slack shows them as text
        String shown = role.block("step:role").path("text").path("text").asText();
        assertThat(shown).contains("&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1&gt; &amp; Co")
                .doesNotContain("<!channel>", "<!here>", "<@U123>", "<#C1>");
        assertThat(role.blocks().path(0).path("text").path("verbatim").asBoolean()).isTrue();
    }
}
