package rebound.discord;

import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import rebound.conversation.Event;

/**
 * {@code /rejected <new|list|update|settings [zone]|forget|calendar|export|help>}: hands the subcommand (and
 * the zone typed with {@code settings}, issue 21) to the core as is.
 */
final class RejectedCommand implements SlashCommand {

    static final String NAME = "rejected";
    private static final String SETTINGS = "settings";
    private static final String ZONE = "zone";

    private static final List<SubcommandData> SUBCOMMANDS = List.of(
            new SubcommandData("new", "Log a rejection and get drafts for your next step"),
            new SubcommandData("list", "See your rejections and upcoming follow-ups"),
            new SubcommandData("update", "Report how a follow-up went"),
            new SubcommandData(SETTINGS, "Your time zone, so reminders come in your morning")
                    .addOption(OptionType.STRING, ZONE, "Your city or time zone: Auckland, IST, UTC+5:30, Europe/Berlin",
                            false),
            new SubcommandData("forget", "Delete everything Rebound keeps about you"),
            new SubcommandData("calendar", "Get your upcoming follow-ups as a calendar file"),
            new SubcommandData("export", "Get everything Rebound keeps about you, as files"),
            new SubcommandData("help", "What Rebound can do"));

    private final InteractionTurns turns;

    RejectedCommand(InteractionTurns turns) {
        this.turns = turns;
    }

    @Override
    public SlashCommandData data() {
        return Commands.slash(NAME, "Turn a job rejection into a next step")
                .addSubcommands(SUBCOMMANDS)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
    }

    @Override
    public void run(SlashCommandInteractionEvent event) {
        String args = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        OptionMapping zone = event.getOption(ZONE);
        if (SETTINGS.equals(args) && zone != null) {
            args = args + " " + zone.getAsString();
        }
        turns.take(event, new Event.Command(NAME, args));
    }
}
