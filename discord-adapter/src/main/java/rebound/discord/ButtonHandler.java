package rebound.discord;

import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import rebound.frontdoor.Event;

/**
 * A pressed button or a picked menu entry. Only the member a component belongs to may use it:
 * anyone else gets an ephemeral "this is not yours" and nothing changes. A button whose action is
 * no longer known says it has expired.
 */
final class ButtonHandler {

    /** How a short code kept in memory by versions before issue 19 began; those are gone after a restart. */
    private static final String EARLIER_CODE = "#";

    private final InteractionTurns turns;
    private final FormHandler forms;

    ButtonHandler(InteractionTurns turns, FormHandler forms) {
        this.turns = turns;
        this.forms = forms;
    }

    void press(ButtonInteractionEvent event) {
        Optional<ComponentId> id = turns.ours(event, event.getComponentId());
        if (id.isEmpty()) {
            return;
        }
        switch (id.get().kind()) {
            case CHOICE -> act(event, id.get().payload());
            case OPEN_FORM -> forms.open(event, id.get());
            default -> turns.refuse(event, "expired");
        }
    }

    void pick(StringSelectInteractionEvent event) {
        Optional<ComponentId> id = turns.ours(event, event.getComponentId());
        if (id.isEmpty()) {
            return;
        }
        switch (id.get().kind()) {
            case CHOICE -> act(event, event.getValues().isEmpty() ? "" : event.getValues().get(0));
            case SEVERAL -> turns.take(event, new Event.Text(String.join(", ", event.getValues())));
            default -> turns.refuse(event, "expired");
        }
    }

    /** The pressed choice's action, carried whole; a short code of an earlier version ({@code #...}) has expired. */
    private void act(IReplyCallback event, String payload) {
        if (payload.startsWith(EARLIER_CODE)) {
            turns.refuse(event, "expired");
        } else {
            turns.take(event, new Event.Action(payload));
        }
    }
}
