package rebound.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** A slash command of ours: how it is registered and what it does when used. */
interface SlashCommand {

    SlashCommandData data();

    void run(SlashCommandInteractionEvent event);

    default String name() {
        return data().getName();
    }
}
