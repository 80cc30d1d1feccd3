package rebound.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import rebound.frontdoor.Member;
import rebound.frontdoor.Form;
import rebound.frontdoor.Press;
import rebound.frontdoor.Texts;

/**
 * A core form as a Discord modal: opened by its button (the door gives the form by id), and when
 * submitted handed to the door, which checks it once and either takes it as a turn or answers its
 * errors with a button to open the form again (a Discord modal cannot be answered with errors).
 */
final class FormHandler {

    private static final int TITLE_LIMIT = 45;
    private static final int LABEL_LIMIT = 45;
    private static final int PLACEHOLDER_LIMIT = 100;
    private static final int VALUE_LIMIT = 4000;

    private final InteractionTurns turns;

    FormHandler(InteractionTurns turns) {
        this.turns = turns;
    }

    /** Shows {@code form} (the door found the pressed button the presser's) as a modal, at once. */
    void open(ButtonInteractionEvent event, Form form) {
        event.replyModal(modal(form, Members.of(event.getUser().getIdLong()))).queue();
    }

    void submit(ModalInteractionEvent event) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping field : event.getValues()) {
            values.put(field.getCustomId(), field.getAsString());
        }
        turns.submit(event, event.getModalId(), values);
    }

    private static Modal modal(Form form, Member owner) {
        Modal.Builder modal = Modal.create(Press.of(Press.Kind.FORM, owner, form.id()).write(),
                cut(form.title(), TITLE_LIMIT));
        for (Form.Field field : form.fields()) {
            TextInput.Builder input = TextInput.create(field.id(), TextInputStyle.SHORT)
                    .setRequired(!field.optional())
                    .setMaxLength(Math.min(field.maxLength() > 0 ? field.maxLength() : VALUE_LIMIT, VALUE_LIMIT));
            if (field.placeholder() != null && !field.placeholder().isBlank()) {
                input.setPlaceholder(cut(field.placeholder(), PLACEHOLDER_LIMIT));
            }
            modal.addComponents(Label.of(cut(field.label(), LABEL_LIMIT), input.build()));
        }
        return modal.build();
    }

    private static String cut(String text, int limit) {
        return Texts.cut(text == null || text.isBlank() ? "?" : text.strip(), limit);
    }
}
