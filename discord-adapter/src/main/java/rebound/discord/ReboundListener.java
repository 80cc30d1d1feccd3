package rebound.discord;

import java.util.Map;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Routes the Discord events Rebound handles to the part that handles each; nothing else. */
final class ReboundListener extends ListenerAdapter {

    private final Map<String, SlashCommand> commands;
    private final ButtonHandler choices;
    private final FormHandler forms;
    private final DmHandler messages;
    private final InteractionTurns turns;

    ReboundListener(Map<String, SlashCommand> commands, ButtonHandler choices, FormHandler forms,
            DmHandler messages, InteractionTurns turns) {
        this.turns = turns;
        this.commands = Map.copyOf(commands);
        this.choices = choices;
        this.forms = forms;
        this.messages = messages;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = commands.get(event.getName());
        if (command == null) {
            turns.refuse(event, "expired");
            return;
        }
        command.run(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        choices.press(event);
    }

    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        choices.pick(event);
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        forms.submit(event);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        messages.receive(event);
    }

    @Override
    public void onMessageUpdate(MessageUpdateEvent event) {
        messages.edited(event);
    }
}
