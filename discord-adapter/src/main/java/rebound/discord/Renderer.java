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
import rebound.frontdoor.Member;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Capabilities;
import rebound.frontdoor.Choice;
import rebound.frontdoor.ChoiceLayout;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Form;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Press;
import rebound.frontdoor.Texts;

/**
 * Turns one core message into Discord messages: its text (cut to 2,000 characters), its choices as
 * buttons or a menu, its form as a button that opens a modal, its files attached to its last text
 * message (more than Discord takes on one message go on the next ones), and each draft as a message of
 * its own in a code block. No message of ours may mention anyone.
 */
final class Renderer {

    /**
     * What a Discord message holds (https://discord.com/developers/docs/components/reference): 5 buttons
     * in an action row, 5 action rows a message, 25 options in a string select, 80 characters in a
     * button's label (and an option's), 100 in a {@code custom_id}; 2,000 characters of content
     * (https://discord.com/developers/docs/resources/message#create-message).
     */
    static final Capabilities CAPABILITIES = new Capabilities(5, 5, 25, 80, 100, DiscordText.MESSAGE_LIMIT);
    private static final int LABEL_LIMIT = CAPABILITIES.labelLength();

    private final DoorWords words;

    Renderer(DoorWords words) {
        this.words = words;
    }

    List<MessageCreateData> render(Outbound message) {
        List<MessageCreateData> out = new ArrayList<>();
        List<String> pieces = Texts.split(text(message), DiscordText.MESSAGE_LIMIT);
        List<ActionRow> rows = rows(message);
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

    /** The rows the core laid out for Discord ({@link ChoiceLayout}), as components, then the form's button. */
    private List<ActionRow> rows(Outbound message) {
        Member owner = message.member();
        List<ActionRow> rows = new ArrayList<>();
        for (ChoiceLayout.Row row : ChoiceLayout.of(message, CAPABILITIES).rows()) {
            if (row instanceof ChoiceLayout.Several several) {
                rows.add(ActionRow.of(several(several, owner)));
            } else if (row instanceof ChoiceLayout.Menu menu) {
                rows.add(ActionRow.of(menu(menu, owner)));
            } else if (row instanceof ChoiceLayout.Buttons buttons) {
                rows.add(ActionRow.of(buttons(buttons, owner)));
            }
        }
        Form form = message.form();
        if (form != null) {
            rows.add(ActionRow.of(Button.success(Press.of(Press.Kind.OPEN_FORM, owner, form.id()).write(),
                    label(form.title()))));
        }
        return rows;
    }

    private static StringSelectMenu several(ChoiceLayout.Several several, Member owner) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(Press.of(Press.Kind.SEVERAL, owner, "text").write());
        several.choices().forEach(c -> menu.addOption(c.label(), c.value()));
        menu.setRequiredRange(1, several.choices().size());
        return menu.build();
    }

    /** A menu of one choice; when the choices take several, each says which ones it holds. */
    private StringSelectMenu menu(ChoiceLayout.Menu page, Member owner) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(
                Press.of(Press.Kind.CHOICE, owner, page.page() == 1 ? "menu" : "menu" + page.page()).write());
        page.choices().forEach(c -> menu.addOption(c.label(), c.action()));
        if (page.oneOfSeveral()) {
            menu.setPlaceholder(words.say("menu_range", Map.of("from", Integer.toString(page.from()),
                    "to", Integer.toString(page.from() + page.choices().size() - 1),
                    "total", Integer.toString(page.total()))));
        }
        return menu.build();
    }

    private static List<Button> buttons(ChoiceLayout.Buttons row, Member owner) {
        List<Button> buttons = new ArrayList<>();
        for (Choice choice : row.choices()) {
            String id = Press.of(Press.Kind.CHOICE, owner, choice.action()).write();
            buttons.add(buttons.isEmpty() ? Button.primary(id, choice.label()) : Button.secondary(id, choice.label()));
        }
        return buttons;
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
