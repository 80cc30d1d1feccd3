package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackSends;

@DisplayName("Edited and forwarded messages in the app's DM, as Slack sends them (issue 20)")
class EditedAndForwardedTest extends RunningSlackAppTest {

    private ApiCall say(ObjectNode event) {
        app.send(app.payloads.eventCallback(app.payloads.nextId("Ev"), event));
        return app.slack.lastPosted(FakeSlack.dmOf(ANA));
    }

    @Test
    @DisplayName("an edited answer is not taken; the member is told so and how to change it, and the intake goes on")
    void editTold() {
        // given Ana named the company with a typo, and was asked the role
        app.startIntake(ANA);
        ObjectNode typo = app.payloads.dmEvent(ANA, "Acmee");
        say(typo);
        int before = app.dms(ANA).size();

        // when she edits her message to the right name
        ApiCall told = say(SlackSends.edited(typo, "Acme", "1700000999.000100"));

        // then she is told the edit changed nothing and how to change the answer, once
        assertThat(app.dms(ANA)).hasSize(before + 1);
        assertThat(told.shownText()).contains("first sent", "back");
        // and the intake goes on from where it was, with what she first sent
        assertThat(app.dm(ANA, "Designer").shownText()).contains("Acmee");
    }

    @Test
    @DisplayName("a link preview Slack adds to a message (message_changed, same text) gets nothing")
    void unfurlIsNoEdit() {
        app.startIntake(ANA);
        ObjectNode withLink = app.payloads.dmEvent(ANA, "Acme https://example.com/jobs/1");
        say(withLink);
        int before = app.dms(ANA).size();

        say(SlackSends.unfurled(withLink, "1700000999.000200"));

        assertThat(app.dms(ANA)).hasSize(before);
    }

    @Test
    @DisplayName("a rejection e-mail forwarded without a word of her own is met with the question again, never silence")
    void forwardedAlone() {
        // given Ana is asked which company it was
        app.startIntake(ANA);
        int before = app.dms(ANA).size();

        // when she forwards the rejection e-mail someone shared with her, adding nothing
        ApiCall answer = say(SlackSends.forwarded(app.payloads.dmEvent(ANA, ""),
                "Thank you for your interest in the Product designer role at Acme...", "D0MAILBOT"));

        // then the company question comes again
        assertThat(app.dms(ANA)).hasSizeGreaterThan(before);
        assertThat(answer.block("step:company").isMissingNode()).as("%s", answer.blocks()).isFalse();
    }
}
