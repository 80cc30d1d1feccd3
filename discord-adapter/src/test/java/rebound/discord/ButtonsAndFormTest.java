package rebound.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.discord.fake.RestCall;

@DisplayName("Buttons, menus and the contact form")
class ButtonsAndFormTest extends RunningBotTest {

    static final String CARA = "100000000000000031";
    static final String DAN = "100000000000000032";

    @BeforeEach
    void startAtStage() throws Exception {
        var command = bot.payloads.slashCommand(CARA, "new", false);
        bot.interact(command);
        bot.original(command);
        bot.say(CARA, "Acme", "role");
        bot.say(CARA, "Product designer", "How far did you get");
    }

    @Test
    @DisplayName("a button carries its owner and answers the step; the modal adds a contact; the menu picks several")
    void buttonsAndModal() {
        // given the stage question came with one button per option, each owned by Cara
        RestCall stage = bot.awaitDm(CARA, 0, "How far did you get");
        assertThat(stage.customIds()).contains("rb:" + CARA + ":answer:stage:interview");

        // when she presses "interview", then "hired someone else"
        var press = bot.payloads.button(CARA, "rb:" + CARA + ":answer:stage:interview", false);
        assertThat(bot.interact(press).body().path("type").asInt()).isEqualTo(5);
        assertThat(bot.original(press).content()).contains("How did the no come");
        var outcome = bot.payloads.button(CARA, "rb:" + CARA + ":answer:outcome:hired_other", false);
        bot.interact(outcome);
        RestCall contacts = bot.original(outcome);
        assertThat(contacts.customIds()).contains("rf:" + CARA + ":contact");

        // and opens the contact form
        RestCall modal = bot.interact(bot.payloads.button(CARA, "rf:" + CARA + ":contact", false));
        assertThat(modal.body().path("type").asInt()).as("MODAL callback").isEqualTo(9);
        assertThat(modal.body().path("data").path("custom_id").asText()).isEqualTo("rm:" + CARA + ":contact");
        assertThat(modal.customIds()).contains("name", "part", "detail");

        // and submits it
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", "Dana Smith");
        values.put("part", "hiring manager");
        values.put("detail", "the move to weekly releases");
        var submit = bot.payloads.modalSubmit(CARA, "rm:" + CARA + ":contact", values, false);
        bot.interact(submit);

        // then the contact is added
        assertThat(bot.original(submit).content()).contains("Dana Smith");

        // and after "done", who told the news (Dana) and "yes", the goals menu takes several values at once
        bot.interact(bot.payloads.button(CARA, "rb:" + CARA + ":answer:contacts:done", false));
        bot.interact(bot.payloads.button(CARA, "rb:" + CARA + ":answer:told_by:p1", false));
        var yes = bot.payloads.button(CARA, "rb:" + CARA + ":answer:still_interested:yes", false);
        bot.interact(yes);
        assertThat(bot.original(yes).customIds()).contains("rt:" + CARA + ":text");
        var goals = bot.payloads.select(CARA, "rt:" + CARA + ":text", false, "thank", "feedback");
        bot.interact(goals);
        assertThat(bot.original(goals).content()).contains("how should the drafts sound");
    }

    @Test
    @DisplayName("a form sent with a missing name is sent back with the reason and a button to open it again")
    void formErrors() {
        bot.interact(bot.payloads.button(CARA, "rb:" + CARA + ":answer:stage:interview", false));
        var outcome = bot.payloads.button(CARA, "rb:" + CARA + ":answer:outcome:hired_other", false);
        bot.interact(outcome);
        bot.original(outcome);

        var submit = bot.payloads.modalSubmit(CARA, "rm:" + CARA + ":contact", Map.of("name", " "), false);
        bot.interact(submit);

        RestCall answer = bot.original(submit);
        assertThat(answer.content()).isNotBlank();
        assertThat(answer.customIds()).containsExactly("rf:" + CARA + ":contact");
    }

    @Test
    @DisplayName("someone else's button answers \"this is not yours\" ephemerally and changes nothing")
    void anotherUsersButton() {
        // when Dan presses Cara's button
        var press = bot.payloads.button(DAN, "rb:" + CARA + ":answer:stage:final", false);
        RestCall callback = bot.interact(press);

        // then he gets an ephemeral message and no turn happens
        assertThat(callback.body().path("type").asInt()).as("CHANNEL_MESSAGE_WITH_SOURCE").isEqualTo(4);
        assertThat(callback.flags()).isEqualTo(64);
        assertThat(callback.content()).contains("not yours");

        // and Cara is still at the stage step: her typed answer is taken as the stage
        bot.say(CARA, "interview", "How did the no come");
    }

    @Test
    @DisplayName("an old button whose action is gone says clearly that it expired")
    void expiredButton() {
        RestCall callback = bot.interact(bot.payloads.button(CARA, "rb:" + CARA + ":#zz9", false));

        assertThat(callback.flags()).isEqualTo(64);
        assertThat(callback.content()).contains("expired");
    }

    @Test
    @DisplayName("a button of the short head Discord wrote before issue 19 (owner in base 36) still answers its owner, and only them")
    void earlierShortHead() {
        String earlier = "b:" + Long.toUnsignedString(Long.parseUnsignedLong(CARA), 36) + ":answer:stage:interview";

        RestCall refused = bot.interact(bot.payloads.button(DAN, earlier, false));
        assertThat(refused.flags()).isEqualTo(64);
        assertThat(refused.content()).contains("not yours");

        var press = bot.payloads.button(CARA, earlier, false);
        bot.interact(press);
        assertThat(bot.original(press).content()).contains("How did the no come");
    }
}
