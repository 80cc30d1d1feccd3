package rebound.slack;

import com.slack.api.model.block.element.ButtonElement;
import rebound.frontdoor.Form;
import rebound.frontdoor.FrontDoor;

/**
 * The button that opens a core {@link Form} as a modal. The button names the form by id (its
 * {@code action_id}, {@code form:<id>}) and the door gives the form when it is pressed
 * ({@link FrontDoor#form}), so a button keeps working after a restart and always opens the form
 * as the playbook has it now. Buttons posted before carried the whole form as JSON in their value;
 * their {@code action_id} is the same, so they open the form by id too, and that value is not read.
 */
final class FormButtons {

    /** The button for {@code form}, its value the form's id. */
    ButtonElement button(Form form) {
        return ButtonElement.builder().actionId(ComponentIds.form(form.id()))
                .text(Renderer.plain(form.title())).value(form.id()).build();
    }

    /** The id of the form a pressed button opens, from its {@code action_id} ({@code form:<id>}); "" when none. */
    String formId(String actionId) {
        return actionId == null || !actionId.startsWith(ComponentIds.FORM) ? ""
                : actionId.substring(ComponentIds.FORM.length());
    }
}
