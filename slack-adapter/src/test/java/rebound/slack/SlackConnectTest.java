package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;
import rebound.slack.fake.SlackConnectPayloads;

@DisplayName("A Slack Connect user (issue 20, item 4)")
class SlackConnectTest extends RunningSlackAppTest {

    /** A user of a partner organisation, sharing #job-search with this workspace (an Enterprise Grid id). */
    private static final String KAI = "W0KAI";
    private static final String SHARED = "C0SHARED";

    @Test
    @DisplayName("is one member throughout: /rejected in a shared channel, answers in the DM, a button on the "
            + "ephemeral message and the form, though Slack names their home workspace in some fields and ours in others")
    void oneMemberThroughout() {
        SlackConnectPayloads partner = new SlackConnectPayloads(app.payloads);

        // when Kai types /rejected in the shared channel
        JsonNode first = app.command(KAI, SHARED, "");

        // then the first question is shown to them and waits in their DM with the app
        assertThat(first.toString()).contains("step:company");
        assertThat(app.dms(KAI)).singleElement().satisfies(q -> assertThat(q.block("step:company").isMissingNode()).isFalse());

        // when they answer in the DM (the event's envelope names their home workspace)
        ApiCall role = dm(partner, "Acme");

        // then the intake goes on: the role at Acme is asked, nothing starts over
        assertThat(role.shownText()).contains("Acme");
        ApiCall stage = dm(partner, "Designer");
        assertThat(stage.block("step:stage").isMissingNode()).as("%s", stage.blocks()).isFalse();

        // when they press a stage button on the ephemeral copy in the shared channel
        app.slack.forgetCalls();
        app.send(partner.interaction(app.payloads.blockAction(KAI, SHARED, true, stage.blockIdOf("choice:stage:"),
                stage.element("choice:stage:interview"), null, null)));

        // then the press is theirs: the next question, never "this is not yours"
        assertThat(app.slack.calls("respond")).singleElement().satisfies(r -> {
            assertThat(r.param("text")).doesNotContain("someone else");
            assertThat(r.block("step:outcome").isMissingNode()).isFalse();
        });

        // when they pick how the no came, on the question in their DM, and open the form to add a person
        ApiCall outcome = app.slack.lastPosted(FakeSlack.dmOf(KAI));
        JsonNode menu = outcome.element("select:outcome");
        ObjectNode option = null;
        for (JsonNode candidate : menu.path("options")) {
            if (candidate.path("value").asText().equals("answer:outcome:hired_other")) {
                option = (ObjectNode) candidate;
            }
        }
        app.send(partner.interaction(app.payloads.blockAction(KAI, FakeSlack.dmOf(KAI), false,
                outcome.blockIdOf("select:outcome"), menu, option, null)));
        ApiCall contacts = app.slack.lastPosted(FakeSlack.dmOf(KAI));
        app.send(partner.interaction(app.payloads.blockAction(KAI, FakeSlack.dmOf(KAI), false,
                contacts.blockIdOf("form:contact"), contacts.element("form:contact"), null, null)));
        JsonNode view = app.slack.calls("views.open").get(0).jsonParam("view");
        int posted = app.dms(KAI).size();
        app.send(partner.interaction(app.payloads.viewSubmission(KAI, view,
                Map.of("name", "Dana Smith", "part", "hiring manager", "detail", "weekly releases"))));

        // then the person joins the same rejection, confirmed in their DM
        assertThat(app.dms(KAI).subList(posted, app.dms(KAI).size()).stream().map(ApiCall::shownText))
                .anySatisfy(text -> assertThat(text).contains("Dana Smith"));
        assertThat(app.slack.calls("respond")).noneSatisfy(r -> assertThat(r.param("text")).contains("someone else"));
        assertThat(app.slack.calls("views.open")).hasSize(1);
    }

    private ApiCall dm(SlackConnectPayloads partner, String text) {
        app.send(partner.dmEvent(app.payloads.nextId("Ev"), KAI, text));
        return app.slack.lastPosted(FakeSlack.dmOf(KAI));
    }
}
