package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the door makes of a press before anything is queued (issue 19): refused with which line, a turn
 * with which event, or a form to open; deciding takes nothing.
 */
@DisplayName("The door's check of a press")
class PressCheckTest {

    private static final Member ANA = new Member("discord:101");
    private static final Form CONTACT = new Form("contact", "Add a person", "Add", List.of());

    private final DoorWords words = DoorWords.builtIn();
    /** A bot that knows the contact form and fails the test on anything else: a check takes no turn. */
    private final Bot formsOnly = (Bot) Proxy.newProxyInstance(Bot.class.getClassLoader(), new Class<?>[] {Bot.class},
            (proxy, method, args) -> {
                if (method.getName().equals("form")) {
                    return CONTACT.id().equals(args[0]) ? Optional.of(CONTACT) : Optional.empty();
                }
                throw new AssertionError("a press was checked with " + method.getName());
            });
    private final PressCheck check = new PressCheck(formsOnly, words);

    private static String id(Press.Kind kind, String payload) {
        return Press.of(kind, ANA, payload).write();
    }

    @Test
    @DisplayName("a choice is a turn with its action, or with the entry picked from its menu; a menu of several one text")
    void turns() {
        // given the owner's presses; when checked; then each is the turn it stands for, and nothing is taken
        assertThat(check.press(ANA, id(Press.Kind.CHOICE, "answer:stage:final"), List.of()))
                .isEqualTo(new PressCheck.Turn(new Event.Action("answer:stage:final")));
        assertThat(check.press(ANA, id(Press.Kind.CHOICE, "menu"), List.of("answer:outcome:ghosted")))
                .isEqualTo(new PressCheck.Turn(new Event.Action("answer:outcome:ghosted")));
        assertThat(check.press(ANA, id(Press.Kind.SEVERAL, "goals"), List.of("thank", "feedback")))
                .isEqualTo(new PressCheck.Turn(new Event.Text("thank, feedback")));
        assertThat(check.press(ANA, id(Press.Kind.OPEN_FORM, "contact"), List.of()))
                .isEqualTo(new PressCheck.OpensForm(CONTACT));
    }

    @Test
    @DisplayName("a submitted form's id pressed as a button is refused as expired; as a submission it is the form's values")
    void formIdAsButton() {
        // given the id a modal carries back
        String modal = id(Press.Kind.FORM, "contact");

        // when it comes back as a press, then it is no turn; when submitted, it is the member's form
        assertThat(check.press(ANA, modal, List.of())).isEqualTo(new PressCheck.Refused(words.say("expired")));
        assertThat(check.submitted(ANA, modal, Map.of("name", "Dana")))
                .isEqualTo(new PressCheck.Turn(new Event.FormSubmit("contact", Map.of("name", "Dana"))));
        assertThat(check.submitted(new Member("discord:202"), modal, Map.of("name", "Dana")))
                .isEqualTo(new PressCheck.Refused(words.say("not_yours")));
    }
}
