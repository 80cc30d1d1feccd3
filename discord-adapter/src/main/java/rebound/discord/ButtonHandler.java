package rebound.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;

/**
 * A pressed button or a picked menu entry, handed to the door as it came: the door checks that the
 * presser is the member the component belongs to (anyone else gets an ephemeral "this is not yours")
 * and that it is still understood ("this button has expired"), then takes it as their turn.
 */
final class ButtonHandler {

    private final InteractionTurns turns;
    private final FormHandler forms;

    ButtonHandler(InteractionTurns turns, FormHandler forms) {
        this.turns = turns;
        this.forms = forms;
    }

    void press(ButtonInteractionEvent event) {
        turns.press(event, event.getComponentId(), java.util.List.of(), form -> forms.open(event, form));
    }

    void pick(StringSelectInteractionEvent event) {
        turns.press(event, event.getComponentId(), event.getValues(), form -> turns.refuse(event, "expired"));
    }
}
