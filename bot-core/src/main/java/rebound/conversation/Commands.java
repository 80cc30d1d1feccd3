package rebound.conversation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import rebound.member.Awaiting;
import rebound.words.Line;

/**
 * The {@code /rejected} command and its subcommands ({@code new}, {@code list}, {@code update},
 * {@code forget}, {@code export}, {@code calendar}, {@code settings}, {@code help}), typed, used as a slash command or pressed. The
 * subcommand names are ids the platforms register, not words of the playbook.
 */
final class Commands {

    /** The command as typed in a message rather than used as a slash command. */
    static final String TYPED = "/rejected";

    private final Views views;
    private final IntakeFlow intakeFlow;
    private final AccountCommands account;
    private final UpdateFlow updates;
    private final ZoneSettings settings;

    Commands(Views views, IntakeFlow intakeFlow, AccountCommands account, UpdateFlow updates,
            ZoneSettings settings) {
        this.views = views;
        this.settings = settings;
        this.intakeFlow = intakeFlow;
        this.account = account;
        this.updates = updates;
    }

    /** True when a message is the command typed out: {@code /rejected} alone or followed by a space. */
    static boolean isTyped(String text) {
        return text.regionMatches(true, 0, TYPED, 0, TYPED.length())
                && (text.length() == TYPED.length() || text.charAt(TYPED.length()) == ' ');
    }

    /** Runs {@code /rejected <args>}; whatever the bot was waiting for outside the intake is dropped. */
    Reply run(Reply reply, String args) {
        String[] words = args.strip().split("\\s+", 2);
        String sub = words[0].toLowerCase(Locale.ROOT);
        reply = reply.state().awaiting().isEmpty() ? reply : reply.with(reply.state().awaiting(Awaiting.NOTHING));
        return switch (sub) {
            case "" -> intakeFlow.startOrResume(reply);
            case "help" -> views.help(reply);
            case "new" -> intakeFlow.startNew(reply);
            case "list" -> account.list(reply);
            case "update" -> updates.askWhich(reply);
            case "forget" -> account.askForget(reply);
            case "export" -> account.export(reply);
            case "calendar" -> account.calendar(reply);
            case ZoneSettings.COMMAND -> settings.run(reply, words.length > 1 ? words[1] : "");
            default -> reply.say(views.say(Line.UNKNOWN_COMMAND, Map.of("answer", args.strip())),
                    List.of(views.startChoice(), views.listChoice()));
        };
    }
}
