package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static rebound.slack.RunningSlackApp.ANA;
import static rebound.slack.RunningSlackApp.BEN;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.Press;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

@DisplayName("Buttons, menus and the contact modal")
class ButtonsAndModalTest extends RunningSlackAppTest {

    private ApiCall toContacts() {
        ApiCall stage = toStage();
        app.press(ANA, stage, "choice:stage:interview");
        ApiCall outcome = app.slack.lastPosted(FakeSlack.dmOf(ANA));
        // seven ways a no can come: more than a row of buttons, so a select menu answers it
        app.select(ANA, outcome, "select:outcome", "answer:outcome:hired_other");
        return app.slack.lastPosted(FakeSlack.dmOf(ANA));
    }

    /** Ana's intake up to the stage question (how far she got), in her DM. */
    private ApiCall toStage() {
        app.startIntake(ANA);
        app.dm(ANA, "Acme");
        return app.dm(ANA, "Designer");
    }

    @Test
    @DisplayName("a button names its step and value in action_id and sends the core's action; pressing it answers the step")
    void buttonsAnswerSteps() {
        ApiCall contacts = toContacts();

        assertThat(contacts.block("step:contacts").isMissingNode()).isFalse();
        assertThat(rebound.frontdoor.Press.read(contacts.blockIdOf("choice:contacts:")).orElseThrow()
                .ownedBy(new Member("slack:" + FakeSlack.TEAM + ":" + ANA))).isTrue();
        assertThat(app.slack.posted(FakeSlack.dmOf(ANA)).stream().map(ApiCall::shownText))
                .anySatisfy(text -> assertThat(text).contains("How did the no come"));
    }

    @Test
    @DisplayName("the contact form opens as a modal; a missing name is shown inside the modal, a valid form is one turn")
    void contactModal() {
        // given Ana is at the contacts step, which offers the form
        ApiCall contacts = toContacts();
        JsonNode formButton = contacts.element("form:contact");
        assertThat(formButton.isMissingNode()).as("form button in %s", contacts.blocks()).isFalse();

        // when she opens it
        app.press(ANA, contacts, "form:contact");

        // then a modal with one input per field opens on the press's trigger
        ApiCall opened = app.slack.calls("views.open").get(0);
        JsonNode view = opened.jsonParam("view");
        assertThat(opened.param("trigger_id")).isNotBlank();
        assertThat(view.path("type").asText()).isEqualTo("modal");
        assertThat(view.path("callback_id").asText()).isEqualTo("form:contact");
        assertThat(view.path("blocks").findValuesAsText("block_id")).contains("name", "part", "detail");

        // when she submits it without a name
        int posted = app.dms(ANA).size();
        var invalid = app.send(app.payloads.viewSubmission(ANA, view, Map.of("detail", "weekly releases")));

        // then the error shows inside the modal and nothing else happens
        JsonNode errors = RunningSlackApp.json(invalid.body());
        assertThat(errors.path("response_action").asText()).isEqualTo("errors");
        assertThat(errors.path("errors").path("name").asText()).isNotBlank();
        assertThat(app.dms(ANA)).hasSize(posted);

        // when she submits it properly
        var valid = app.send(app.payloads.viewSubmission(ANA, view,
                Map.of("name", "Dana <!here>", "part", "hiring manager", "detail", "weekly releases")));

        // then the modal closes and the contact is confirmed in her DM, escaped
        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).doesNotContain("errors");
        String shown = String.join("\n", app.dms(ANA).subList(posted, app.dms(ANA).size()).stream()
                .map(ApiCall::shownText).toList());
        assertThat(shown).contains("Dana &lt;!here&gt;").doesNotContain("<!here>");
    }

    @Test
    @DisplayName("the form button carries the door's press naming the form, not the form; pressed, it opens the form as the door has it now")
    void formById() {
        // given Ana is at the contacts step, with a form button
        ApiCall contacts = toContacts();
        JsonNode formButton = contacts.element("form:contact");

        // then the button carries her press of the form, not the form
        assertThat(Press.read(formButton.path("value").asText())).hasValueSatisfying(press -> {
            assertThat(press.kind()).isEqualTo(Press.Kind.OPEN_FORM);
            assertThat(press.payload()).isEqualTo("contact");
        });

        // when she presses it, the form opens as the door has it (three fields)
        app.send(app.payloads.blockAction(ANA, contacts.param("channel"), false, contacts.blockIdOf("form:contact"),
                formButton, null, null));
        JsonNode view = app.slack.calls("views.open").get(0).jsonParam("view");
        assertThat(view.path("callback_id").asText()).isEqualTo("form:contact");
        assertThat(view.path("blocks").findValuesAsText("block_id")).containsExactly("name", "part", "detail");
    }

    @Test
    @DisplayName("when Slack refuses to open the form (expired_trigger_id under load), the member is told to type the person")
    void formRefused() {
        // given Ana is at the contacts step, and Slack is about to refuse the next modal
        ApiCall contacts = toContacts();
        app.slack.refuseNextViewsOpen("expired_trigger_id");
        int posted = app.dms(ANA).size();

        // when she presses "add a person"
        app.press(ANA, contacts, "form:contact");

        // then her DM says how to type the person instead
        assertThat(app.dms(ANA)).hasSizeGreaterThan(posted);
        assertThat(app.dms(ANA).get(app.dms(ANA).size() - 1).shownText()).contains("Type the person");
    }

    @Test
    @DisplayName("many choices come as a select menu; several-at-once as a multi-select with a done button")
    void menus() {
        // given Ana is at the contacts step and adds one person, then is done
        toContacts();
        app.dm(ANA, "Dana Smith, hiring manager, weekly releases");
        ApiCall toldBy = app.dm(ANA, "done");
        app.press(ANA, toldBy, "choice:told_by:p1");
        ApiCall still = app.slack.lastPosted(FakeSlack.dmOf(ANA));
        app.press(ANA, still, "choice:still_interested:yes");
        ApiCall goals = app.slack.lastPosted(FakeSlack.dmOf(ANA));

        // when she picks two goals in the multi-select and presses done
        JsonNode menu = goals.element("pick:goals");
        assertThat(menu.path("type").asText()).isEqualTo("multi_static_select");
        String blockId = goals.blockIdOf("pick:goals");
        ObjectNode state = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        ObjectNode selected = state.putObject("values").putObject(blockId).putObject("pick:goals");
        selected.put("type", "multi_static_select");
        selected.putArray("selected_options").add(menu.path("options").get(0)).add(menu.path("options").get(1));
        app.send(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, blockId, goals.element("picked:goals"),
                null, state));

        // then the tone question follows
        ApiCall tone = app.slack.lastPosted(FakeSlack.dmOf(ANA));
        assertThat(tone.block("step:tone").isMissingNode()).isFalse();

        // and at the confirm step, with many choices, a select menu answers it
        app.press(ANA, tone, "choice:tone:warm");
        ApiCall confirm = app.slack.lastPosted(FakeSlack.dmOf(ANA));
        assertThat(confirm.element("select:confirm").path("type").asText()).isEqualTo("static_select");
        int before = app.dms(ANA).size();
        app.select(ANA, confirm, "select:confirm", "answer:confirm:yes");
        assertThat(app.dms(ANA).subList(before, app.dms(ANA).size()).stream().map(ApiCall::shownText))
                .anySatisfy(text -> assertThat(text).contains("*To:* Dana Smith"));
    }

    @Test
    @DisplayName("a button pressed by a user of another workspace (a Slack Connect partner) changes nothing either")
    void otherWorkspacesButton() {
        // given Ana is asked how far she got
        ApiCall stage = toStage();
        int before = app.dms(ANA).size();

        // when a user of a partner organisation presses one of her buttons (Slack names their home workspace)
        JsonNode element = stage.element("choice:stage:final");
        String press = new rebound.slack.fake.SlackConnectPayloads(app.payloads).interaction(app.payloads.blockAction(
                "W0KAI", FakeSlack.dmOf(ANA), false, stage.blockIdOf("choice:stage:"), element, null, null));
        app.send(press);

        // then that user is told ephemerally and Ana is still at the same step
        assertThat(app.slack.calls("respond")).singleElement()
                .satisfies(r -> assertThat(r.param("text")).contains("someone else"));
        assertThat(app.dms(ANA)).hasSize(before);
        assertThat(app.dm(ANA, "interview").block("step:outcome").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("the contact modal opens at once, even while Slack is slow with the member's earlier answers (trigger_id lasts 3 s)")
    void modalFirst() {
        // given Ana is at the contacts step and Slack takes 1.7 s per posted message
        ApiCall contacts = toContacts();
        app.slack.slowDown("chat.postMessage", 1700);

        // when she types two people and, at once, presses "add a person" (two posts ahead: 3.4 s)
        app.sendWithoutWaiting(app.payloads.eventCallback(app.payloads.nextId("Ev"),
                app.payloads.dmEvent(ANA, "Dana Smith, hiring manager, weekly releases")));
        app.sendWithoutWaiting(app.payloads.eventCallback(app.payloads.nextId("Ev"),
                app.payloads.dmEvent(ANA, "Sam Lee, recruiter")));
        app.sendWithoutWaiting(app.payloads.blockAction(ANA, contacts.param("channel"), false,
                contacts.blockIdOf("form:contact"), contacts.element("form:contact"), null, null));
        app.settle();

        // then the modal opened (a trigger_id older than 3 s would have been refused by Slack)
        assertThat(app.slack.calls("views.open")).hasSize(1);
    }

    @Test
    @DisplayName("buttons posted before issue 19 (the owner in the actions block's id) still answer their owner, and only them")
    void earlierButtons() {
        // given Ana is asked how far she got, on a message posted by the version before the upgrade
        ApiCall stage = toStage();
        JsonNode element = stage.element("choice:stage:final");
        String earlierBlock = "choices:" + FakeSlack.TEAM + "." + ANA;
        int before = app.dms(ANA).size();

        // when Ben presses it, then he is told it is not his and nothing is posted
        app.send(app.payloads.blockAction(BEN, FakeSlack.dmOf(ANA), false, earlierBlock, element, null, null));
        assertThat(app.slack.calls("respond")).singleElement()
                .satisfies(r -> assertThat(r.param("text")).contains("someone else"));
        assertThat(app.dms(ANA)).hasSize(before);

        // when Ana presses it (a block of before teams were named: her user id alone), her answer is taken
        app.send(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, "choices:" + ANA, element, null, null));
        assertThat(app.slack.lastPosted(FakeSlack.dmOf(ANA)).block("step:outcome").isMissingNode()).isFalse();
    }

    @Test
    @DisplayName("a form button posted before issue 19 (the whole form as JSON in its value) still opens the form")
    void earlierFormButton() {
        ApiCall contacts = toContacts();
        ObjectNode formButton = contacts.element("form:contact").deepCopy();
        formButton.put("value", "{\"id\":\"contact\",\"title\":\"Old title\",\"submitLabel\":\"Add\",\"fields\":"
                + "[{\"id\":\"name\",\"label\":\"Name\",\"placeholder\":\"\",\"optional\":false,\"maxLength\":80}]}");

        app.send(app.payloads.blockAction(ANA, FakeSlack.dmOf(ANA), false, "choices:" + FakeSlack.TEAM + "." + ANA,
                formButton, null, null));

        // the form opens as the door has it now (three fields, today's title), not as the old button held it
        assertThat(app.slack.calls("views.open")).singleElement().satisfies(call -> {
            JsonNode view = call.jsonParam("view");
            assertThat(view.path("blocks").findValuesAsText("block_id")).containsExactly("name", "part", "detail");
            assertThat(view.path("title").path("text").asText()).isNotEqualTo("Old title");
        });
    }
}
