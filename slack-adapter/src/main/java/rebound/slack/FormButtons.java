package rebound.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.element.ButtonElement;
import java.util.Optional;
import rebound.frontdoor.Member;
import rebound.frontdoor.Form;
import rebound.frontdoor.Press;

/**
 * The button that opens a core {@link Form} as a modal. Its value is the door's {@link Press} (the
 * member's, naming the form), so a button keeps working after a restart and the door checks whose it
 * is. Buttons posted before issue 19 carry the whole form as JSON instead; {@link #earlierFormId} still
 * reads their form's id.
 */
final class FormButtons {

    private final ObjectMapper json = new ObjectMapper();

    /** The button opening {@code form} for {@code owner} (a member key). */
    ButtonElement button(Form form, Member owner) {
        return ButtonElement.builder().actionId(ComponentIds.form(form.id()))
                .text(Renderer.plain(form.title())).value(Press.of(Press.Kind.OPEN_FORM, owner, form.id()).write())
                .build();
    }

    /** The form id in a button value of before issue 19 (the form as JSON), or empty when it is none. */
    Optional<String> earlierFormId(String value) {
        if (value == null || !value.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(value, Form.class).id());
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
