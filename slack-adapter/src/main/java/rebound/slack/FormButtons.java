package rebound.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.model.block.element.ButtonElement;
import java.util.Optional;
import rebound.frontdoor.Form;

/**
 * The button that opens a core {@link Form} as a modal. The button's value carries the form itself
 * (a few hundred characters of JSON, within Slack's 2,000), so a button keeps working after a
 * restart; whatever comes back is only a layout, the answers are checked by the core.
 */
final class FormButtons {

    private static final int MAX_VALUE = 2000;
    private final ObjectMapper json = new ObjectMapper();

    ButtonElement button(Form form) {
        return ButtonElement.builder().actionId(ComponentIds.form(form.id()))
                .text(Renderer.plain(form.title())).value(write(form)).build();
    }

    Optional<Form> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(value, Form.class));
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private String write(Form form) {
        try {
            String value = json.writeValueAsString(form);
            if (value.length() > MAX_VALUE) {
                throw new IllegalStateException("form " + form.id() + " is too large for a Slack button value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("form " + form.id() + " cannot be written as JSON", e);
        }
    }
}
