package rebound.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import rebound.Rebound;
import rebound.conversation.Event;
import rebound.conversation.Form;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;
import rebound.text.Texts;

/**
 * A core form as a Discord modal: opened by its button, checked by the core when submitted (errors
 * come back with a button to open the form again), then handed to the conversation.
 */
final class FormHandler {

    private static final int TITLE_LIMIT = 45;
    private static final int LABEL_LIMIT = 45;
    private static final int PLACEHOLDER_LIMIT = 100;
    private static final int VALUE_LIMIT = 4000;

    private final Rebound bot;
    private final InteractionTurns turns;

    FormHandler(Rebound bot, InteractionTurns turns) {
        this.bot = bot;
        this.turns = turns;
    }

    void open(ButtonInteractionEvent event, ComponentId id) {
        Optional<Form> form = bot.form(id.payload());
        if (form.isEmpty()) {
            turns.refuse(event, "expired");
            return;
        }
        event.replyModal(modal(form.get(), id.owner())).queue();
    }

    void submit(ModalInteractionEvent event) {
        Optional<ComponentId> id = turns.ours(event, event.getModalId());
        if (id.isEmpty()) {
            return;
        }
        String formId = id.get().payload();
        Map<String, String> values = new LinkedHashMap<>();
        for (ModalMapping field : event.getValues()) {
            values.put(field.getCustomId(), field.getAsString());
        }
        String member = Members.of(event.getUser().getIdLong());
        String deliveryId = "interaction:" + event.getId();
        turns.take(event, member, () -> {
            Map<String, String> errors = bot.checkForm(formId, values);
            if (!errors.isEmpty()) {
                return List.of(errorsOf(member, formId, errors));
            }
            return bot.handle(new Inbound(member, new Event.FormSubmit(formId, values), deliveryId));
        });
    }

    private Outbound errorsOf(String member, String formId, Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.values().forEach(error -> text.append("- ").append(error).append('\n'));
        Outbound message = Outbound.say(member, text.toString().strip());
        return bot.form(formId)
                .map(form -> new Outbound(member, message.text(), null, List.of(), false, List.of(), List.of(),
                        false, form))
                .orElse(message);
    }

    private static Modal modal(Form form, long owner) {
        Modal.Builder modal = Modal.create(new ComponentId(ComponentId.Kind.FORM, owner, form.id()).encode(),
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
