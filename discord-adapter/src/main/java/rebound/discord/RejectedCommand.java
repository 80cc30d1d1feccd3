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
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Event;
import rebound.frontdoor.Texts;

/**
 * {@code /rejected <new|list|update|settings [zone]|forget|calendar|export|help>}: hands the subcommand (and
 * the zone typed with {@code settings}, issue 21) to the core as is.
 *
 * <p>Registered for both installations (issue 20): a server that added Rebound ({@code GUILD_INSTALL}) and a
 * member who added it to their own account ({@code USER_INSTALL}), so it works without a shared server. It
 * can be used in a server, in the DM with the bot ({@code BOT_DM}), and, for a member who added it to their
 * account, in their DMs and group DMs with other people ({@code PRIVATE_CHANNEL}, which Discord accepts only
 * with {@code USER_INSTALL}; Discord's application commands documentation, "Contexts").
 */
final class RejectedCommand implements SlashCommand {

    static final String NAME = "rejected";
    private static final String SETTINGS = "settings";
    private static final String ZONE = "zone";

    /** The subcommands in the order Discord shows them; each is described by frontdoor.txt's {@code command_<name>}. */
    private static final List<String> SUBCOMMANDS = List.of("new", "list", "update", SETTINGS, "forget", "calendar",
            "export", "help");
    /** Discord refuses a command or option description over 100 characters. */
    static final int LONGEST_DESCRIPTION = 100;

    private final InteractionTurns turns;
    private final DoorWords words;

    /** The command whose subcommands {@code turns} hands to the core, described in {@code words} (frontdoor.txt). */
    RejectedCommand(InteractionTurns turns, DoorWords words) {
        this.turns = turns;
        this.words = words;
    }

    private String described(String key) {
        return Texts.cut(words.say(key), LONGEST_DESCRIPTION);
    }

    @Override
    public SlashCommandData data() {
        List<SubcommandData> subcommands = SUBCOMMANDS.stream().map(name -> {
            SubcommandData data = new SubcommandData(name, described("command_" + name));
            return SETTINGS.equals(name)
                    ? data.addOption(OptionType.STRING, ZONE, described("command_settings_zone"), false) : data;
        }).toList();
        return Commands.slash(NAME, described("command_rejected"))
                .addSubcommands(subcommands)
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                        InteractionContextType.PRIVATE_CHANNEL);
    }

    @Override
    public void run(SlashCommandInteractionEvent event) {
        String args = event.getSubcommandName() == null ? "" : event.getSubcommandName();
        OptionMapping zone = event.getOption(ZONE);
        if (SETTINGS.equals(args) && zone != null) {
            args = args + " " + zone.getAsString();
        }
        turns.take(event, new Event.Command(args));
    }
}
