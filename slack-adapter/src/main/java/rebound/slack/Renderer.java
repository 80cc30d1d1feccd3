package rebound.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rebound.frontdoor.Member;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Capabilities;
import rebound.frontdoor.Choice;
import rebound.frontdoor.ChoiceLayout;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Press;
import rebound.frontdoor.Texts;

/**
 * Renders the core's messages as Block Kit within Slack's limits: the question in a section whose
 * {@code block_id} is {@code step:<id>}, each draft in its own blocks with whom it is for, choices
 * as buttons (a select menu when there are many, a multi-select and a done button when several may
 * be picked), and a button that opens the core's form as a modal.
 */
final class Renderer {

    /**
     * What a Slack message holds (https://api.slack.com/reference/block-kit/blocks): 25 elements in an
     * actions block, 50 blocks a message, 100 options in a select menu
     * (https://api.slack.com/reference/block-kit/block-elements#static_select), 75 characters of a
     * button's text (https://api.slack.com/reference/block-kit/block-elements#button), 255 in a
     * {@code block_id} or {@code action_id}, 3,000 in a section's text.
     */
    static final Capabilities CAPABILITIES = new Capabilities(25, SlackMessage.MAX_BLOCKS, 100, 75, 255,
            SlackText.MAX_TEXT);
    private static final int MAX_LABEL = CAPABILITIES.labelLength();
    /** An option's {@code value}: Slack takes 150 characters. */
    private static final int MAX_OPTION_VALUE = 150;
    private static final int MAX_NOTIFICATION = 300;

    private final FormButtons forms;
    private final DoorWords words;

    Renderer(FormButtons forms, DoorWords words) {
        this.forms = forms;
        this.words = words;
    }

    /**
     * {@code message} with a line under it pointing to the app's Messages tab (the member's DM with
     * the app), for an ephemeral answer whose conversation goes on there. Unchanged when it is
     * full or the app id is unknown.
     */
    SlackMessage withDmHint(SlackMessage message, String teamId, String appId) {
        if (message.blocks().size() >= SlackMessage.MAX_BLOCKS || appId == null) {
            return message;
        }
        List<LayoutBlock> hinted = new ArrayList<>(message.blocks());
        hinted.add(ContextBlock.builder().blockId("dm-hint").elements(List.of(MarkdownTextObject.builder()
                .text(dmLine(teamId, appId)).build())).build());
        return new SlackMessage(message.text(), hinted);
    }

    /** The one short ephemeral answer when everything went to the member's DM. */
    SlackMessage dmPointer(String teamId, String appId) {
        String line = appId == null ? words.say("continue_in_dm", java.util.Map.of("where", words.say("continue_in_dm_link")))
                : dmLine(teamId, appId);
        return new SlackMessage(line, List.of(ContextBlock.builder().blockId("dm-hint").elements(List.of(
                MarkdownTextObject.builder().text(line).build())).build()));
    }

    private String dmLine(String teamId, String appId) {
        String link = "slack://app?team=" + teamId + "&id=" + appId + "&tab=messages";
        return words.say("continue_in_dm", java.util.Map.of("where", "<" + link + "|" + words.say("continue_in_dm_link") + ">"));
    }

    /** One core message as one Slack message (more when it would pass 50 blocks). */
    List<SlackMessage> render(Outbound message, Member ownerMember) {
        return pack(List.of(message), ownerMember);
    }

    /** Several core messages in as few Slack messages as fit (for an answer that must be one). */
    List<SlackMessage> pack(List<Outbound> messages, Member ownerMember) {
        List<SlackMessage> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<LayoutBlock> current = new ArrayList<>();
        StringBuilder notification = new StringBuilder();
        List<Attachment> files = new ArrayList<>();
        for (Outbound message : messages) {
            for (LayoutBlock block : blocksOf(message, ownerMember, ids)) {
                if (current.size() == SlackMessage.MAX_BLOCKS) {
                    out.add(new SlackMessage(notification.toString(), current, files));
                    current = new ArrayList<>();
                    files = new ArrayList<>();
                    notification.setLength(0);
                    ids.clear();
                }
                current.add(block);
            }
            files.addAll(message.attachments()); // uploaded after the message that says what they are
            if (notification.length() == 0) {
                notification.append(Texts.cut(SlackText.mrkdwn(message.text()), MAX_NOTIFICATION));
            }
        }
        if (!current.isEmpty() || !files.isEmpty()) {
            out.add(new SlackMessage(notification.toString(), current, files));
        }
        return out;
    }

    private List<LayoutBlock> blocksOf(Outbound message, Member owner, Set<String> ids) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String questionId = message.step() == null ? "text" : ComponentIds.question(message.step());
        if (!message.text().isBlank()) {
            for (String piece : Texts.split(SlackText.mrkdwn(message.text()), SlackText.MAX_TEXT)) {
                blocks.add(section(unique(questionId, ids), piece));
            }
        }
        int n = 0;
        for (Draft draft : message.drafts()) {
            n++;
            blocks.add(DividerBlock.builder().build());
            blocks.add(section(unique("draft:" + draft.kind() + ":for", ids), heading(draft)));
            for (String piece : Texts.split(SlackText.escape(draft.body()), SlackText.MAX_TEXT)) {
                blocks.add(section(unique("draft:" + draft.kind() + ":" + n, ids), piece));
            }
        }
        List<BlockElement> elements = new ArrayList<>();
        if (message.form() != null) {
            elements.add(forms.button(message.form(), owner));
        }
        elements.addAll(choices(message));
        if (!elements.isEmpty()) {
            // the press every element of the block carries back: whose it is, what kind (issue 19)
            Press press = Press.of(message.multiple() ? Press.Kind.SEVERAL : Press.Kind.CHOICE, owner, "choices");
            blocks.add(ActionsBlock.builder().blockId(unique(press.write(), ids)).elements(elements).build());
        }
        return blocks;
    }

    private String heading(Draft draft) {
        return SlackText.mrkdwn(words.draftHeading(draft));
    }

    /** The widgets for the rows the core laid out for Slack ({@link ChoiceLayout}), side by side in one actions block. */
    private List<BlockElement> choices(Outbound message) {
        List<BlockElement> elements = new ArrayList<>();
        Set<String> actionIds = new HashSet<>();
        for (ChoiceLayout.Row row : ChoiceLayout.of(message, CAPABILITIES).rows()) {
            if (row instanceof ChoiceLayout.Several several) {
                elements.add(MultiStaticSelectElement.builder().actionId(ComponentIds.pick(message.step()))
                        .placeholder(plain(words.say("pick_several"))).options(options(several.choices(), true)).build());
                elements.add(ButtonElement.builder().actionId(ComponentIds.picked(message.step()))
                        .text(plain(words.say("done_picking"))).value("done").style("primary").build());
            } else if (row instanceof ChoiceLayout.Menu menu) {
                String placeholder = menu.oneOfSeveral() ? words.say("menu_range", java.util.Map.of("from",
                        Integer.toString(menu.from()), "to", Integer.toString(menu.from() + menu.choices().size() - 1),
                        "total", Integer.toString(menu.total()))) : words.say("pick_one");
                elements.add(StaticSelectElement.builder().actionId(unique(ComponentIds.select(message.step()), actionIds))
                        .placeholder(plain(placeholder)).options(options(menu.choices(), false)).build());
            } else if (row instanceof ChoiceLayout.Buttons buttons) {
                for (Choice choice : buttons.choices()) {
                    String actionId = ComponentIds.choice(message.step(), choice.value());
                    while (!actionIds.add(actionId)) {
                        actionId = actionId + "+";
                    }
                    elements.add(ButtonElement.builder().actionId(actionId).text(plain(choice.label()))
                            .value(choice.action()).build());
                }
            }
        }
        return elements;
    }

    private static List<OptionObject> options(List<Choice> choices, boolean byValue) {
        List<OptionObject> options = new ArrayList<>();
        for (Choice choice : choices) {
            String value = byValue ? choice.value() : choice.action();
            if (value.length() <= MAX_OPTION_VALUE) {
                options.add(OptionObject.builder().text(plain(choice.label())).value(value).build());
            }
        }
        return options;
    }

    static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(Texts.cut(text, MAX_LABEL)).emoji(true).build();
    }

    private static SectionBlock section(String blockId, String mrkdwn) {
        return SectionBlock.builder().blockId(blockId)
                .text(MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build()).build();
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + ":" + n;
        }
        return candidate;
    }
}
