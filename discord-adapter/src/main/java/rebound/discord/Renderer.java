package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Choice;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Form;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Texts;

/**
 * Turns one core message into Discord messages: its text (cut to 2,000 characters), its choices as
 * buttons or a menu, its form as a button that opens a modal, its files attached to its last text
 * message (more than Discord takes on one message go on the next ones), and each draft as a message of
 * its own in a code block. No message of ours may mention anyone.
 */
final class Renderer {

    static final int BUTTONS_PER_ROW = 5;
    private static final int LABEL_LIMIT = 80;
    private static final int MENU_OPTIONS = 25;
    private static final int MAX_ROWS = 5;

    private final DoorWords words;

    Renderer(DoorWords words) {
        this.words = words;
    }

    List<MessageCreateData> render(Outbound message) {
        long owner = Members.userId(message.member());
        List<MessageCreateData> out = new ArrayList<>();
        List<String> pieces = Texts.split(text(message), DiscordText.MESSAGE_LIMIT);
        List<ActionRow> rows = rows(message, owner);
        List<List<Attachment>> fileGroups = fileGroups(message.attachments());
        for (int i = 0; i < pieces.size(); i++) {
            MessageCreateBuilder builder = quiet().setContent(pieces.get(i));
            if (i == pieces.size() - 1) {
                builder.setComponents(rows);
                if (!fileGroups.isEmpty()) {
                    builder.setFiles(uploads(fileGroups.get(0)));
                }
            }
            out.add(builder.build());
        }
        for (List<Attachment> group : fileGroups.subList(Math.min(1, fileGroups.size()), fileGroups.size())) {
            out.add(quiet().setFiles(uploads(group)).build());
        }
        for (Attachment file : message.attachments()) {
            if (file.size() > Attachment.DISCORD_MOST_BYTES) {
                out.add(quiet().setContent(words.say("file_not_sent", Map.of("name", file.name()))).build());
            }
        }
        for (Draft draft : message.drafts()) {
            out.addAll(draft(draft, words.draftHeading(draft)));
        }
        return out;
    }

    /**
     * The files in messages Discord takes: at most {@link Attachment#DISCORD_MOST_FILES} a message and
     * {@link Attachment#DISCORD_MOST_BYTES} together; a file larger than that alone is left out (its
     * words say so, {@code file_not_sent}).
     */
    static List<List<Attachment>> fileGroups(List<Attachment> files) {
        List<List<Attachment>> groups = new ArrayList<>();
        List<Attachment> group = new ArrayList<>();
        long bytes = 0;
        for (Attachment file : files) {
            if (file.size() > Attachment.DISCORD_MOST_BYTES) {
                continue;
            }
            if (group.size() == Attachment.DISCORD_MOST_FILES || bytes + file.size() > Attachment.DISCORD_MOST_BYTES) {
                groups.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(file);
            bytes += file.size();
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static List<FileUpload> uploads(List<Attachment> files) {
        return files.stream().map(f -> FileUpload.fromData(f.content(), f.name())).toList();
    }

    /** The text as Discord markdown; follow-ups are already named in the core's text. */
    private static String text(Outbound message) {
        String result = DiscordText.markdown(message.text()).strip();
        return result.isEmpty() && hasComponents(message) ? "\u200b" : result;
    }

    private static boolean hasComponents(Outbound message) {
        return !message.choices().isEmpty() || message.form() != null;
    }

    private List<ActionRow> rows(Outbound message, long owner) {
        List<ActionRow> rows = new ArrayList<>();
        List<Choice> choices = message.choices();
        if (message.multiple() && !choices.isEmpty()) {
            StringSelectMenu.Builder menu = StringSelectMenu.create(
                    new ComponentId(ComponentId.Kind.SEVERAL, owner, "text").encode());
            choices.stream().limit(MENU_OPTIONS).forEach(c -> menu.addOption(label(c.label()), c.value()));
            menu.setRequiredRange(1, Math.min(choices.size(), MENU_OPTIONS));
            rows.add(ActionRow.of(menu.build()));
        } else if (choices.size() > BUTTONS_PER_ROW) {
            // Discord: 25 options a menu, 5 rows a message. More choices (27 rejections to update)
            // take one menu per 25, each saying which ones it holds, so every choice can be reached.
            int menus = Math.min((choices.size() + MENU_OPTIONS - 1) / MENU_OPTIONS,
                    MAX_ROWS - (message.form() != null ? 1 : 0));
            for (int m = 0; m < menus; m++) {
                List<Choice> page = choices.subList(m * MENU_OPTIONS, Math.min(choices.size(), (m + 1) * MENU_OPTIONS));
                StringSelectMenu.Builder menu = StringSelectMenu.create(
                        new ComponentId(ComponentId.Kind.CHOICE, owner, m == 0 ? "menu" : "menu" + (m + 1)).encode());
                page.forEach(c -> menu.addOption(label(c.label()), c.action()));
                if (menus > 1) {
                    menu.setPlaceholder(words.say("menu_range", java.util.Map.of("from",
                            Integer.toString(m * MENU_OPTIONS + 1), "to", Integer.toString(m * MENU_OPTIONS + page.size()),
                            "total", Integer.toString(choices.size()))));
                }
                rows.add(ActionRow.of(menu.build()));
            }
        } else if (!choices.isEmpty()) {
            List<Button> buttons = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                String id = choiceId(owner, choice.action());
                buttons.add(i == 0 ? Button.primary(id, label(choice.label())) : Button.secondary(id, label(choice.label())));
            }
            rows.add(ActionRow.of(buttons));
        }
        Form form = message.form();
        if (form != null) {
            rows.add(ActionRow.of(Button.success(
                    new ComponentId(ComponentId.Kind.OPEN_FORM, owner, form.id()).encode(), label(form.title()))));
        }
        return rows;
    }

    private String choiceId(long owner, String action) {
        return new ComponentId(ComponentId.Kind.CHOICE, owner, action).encode(); // fits: HEAD + Action.LONGEST <= 100
    }

    private static String label(String text) {
        return Texts.cut(text == null || text.isBlank() ? "?" : text.strip(), LABEL_LIMIT);
    }

    /** One draft: its heading ({@link DoorWords#draftHeading}) and its body in code blocks, cut to Discord's limit. */
    private static List<MessageCreateData> draft(Draft draft, String heading) {
        String head = heading.isEmpty() ? "" : DiscordText.markdown(heading) + "\n";
        int room = DiscordText.MESSAGE_LIMIT - head.length() - DiscordText.codeBlock("").length() - 16;
        List<String> bodies = Texts.split(draft.body() == null ? "" : draft.body(), room);
        List<MessageCreateData> out = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String content = (i == 0 ? head : "") + DiscordText.codeBlock(bodies.get(i));
            out.add(quiet().setContent(content).build());
        }
        return out;
    }

    /** A message that can mention no one, whatever text it carries. */
    static MessageCreateBuilder quiet() {
        return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
    }
}
