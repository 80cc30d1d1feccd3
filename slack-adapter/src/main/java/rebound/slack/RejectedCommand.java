package rebound.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.Rebound;
import rebound.conversation.Event;
import rebound.conversation.Inbound;
import rebound.conversation.Outbound;

/**
 * {@code /rejected [help|new|list|update|forget|export]}: the core's answer comes back in the ack,
 * ephemeral, so it reaches the member even in a DM between two people where the app is no member
 * and {@code chat.postMessage} would fail. What does not fit in one message follows through the
 * command's {@code response_url}.
 */
final class RejectedCommand implements SlashCommandHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedCommand.class);
    static final String NAME = "/rejected";

    private final Rebound bot;
    private final MessageBlocks blocks;
    private final MemberQueue queue;

    RejectedCommand(Rebound bot, MessageBlocks blocks, MemberQueue queue) {
        this.bot = bot;
        this.blocks = blocks;
        this.queue = queue;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload command = req.getPayload();
        String member = Members.key(command.getTeamId(), command.getUserId());
        List<Outbound> answers;
        try {
            answers = bot.handle(new Inbound(member, new Event.Command("rejected", command.getText()),
                    command.getTriggerId()));
        } catch (RuntimeException e) {
            LOG.error("/rejected of {} failed", member, e);
            return ctx.ack(ephemeral(new SlackMessage(SlackWords.FAILED, List.of())));
        }
        if (answers.isEmpty()) {
            return ctx.ack();
        }
        List<SlackMessage> messages = new ArrayList<>(blocks.pack(answers, command.getUserId()));
        messages.set(0, withDmHint(messages.get(0), command));
        List<SlackMessage> rest = messages.subList(1, messages.size());
        if (!rest.isEmpty()) {
            List<SlackMessage> later = List.copyOf(rest);
            queue.submit(member, () -> later.forEach(message -> respond(ctx, message)));
        }
        return ctx.ack(ephemeral(messages.get(0)));
    }

    private static SlackMessage withDmHint(SlackMessage message, SlashCommandPayload command) {
        if (message.blocks().size() >= SlackMessage.MAX_BLOCKS || command.getApiAppId() == null) {
            return message;
        }
        String link = "slack://app?team=" + command.getTeamId() + "&id=" + command.getApiAppId() + "&tab=messages";
        List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
        blocks.add(ContextBlock.builder().blockId("dm-hint").elements(List.of(MarkdownTextObject.builder()
                .text(String.format(SlackWords.CONTINUE_IN_DM, link)).build())).build());
        return new SlackMessage(message.text(), blocks);
    }

    private static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(message.text())
                .blocks(message.blocks().isEmpty() ? null : message.blocks()).build();
    }

    private static void respond(SlashCommandContext ctx, SlackMessage message) {
        try {
            ctx.respond(ephemeral(message));
        } catch (IOException e) {
            LOG.error("Answering /rejected through its response_url failed", e);
        }
    }
}
