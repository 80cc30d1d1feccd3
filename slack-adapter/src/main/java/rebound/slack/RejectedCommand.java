package rebound.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.DmHandOff;
import rebound.frontdoor.Event;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * {@code /rejected [help|new|list|update|calendar|export|forget]}: acked at once and empty; after the ack
 * the core takes its turn (committed) and its answer goes back ephemeral through the command's
 * {@code response_url}, so it reaches the member anywhere, even in a DM between two people where
 * the app is no member and {@code chat.postMessage} would fail. When the answer asks an intake
 * step, the question is also posted in the member's DM with the app, where the intake runs. An answer
 * with files (the export, the calendar) goes to the DM with the app, where Slack can show them.
 */
final class RejectedCommand implements SlashCommandHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectedCommand.class);
    static final String NAME = "/rejected";
    /** Posts one response_url takes (Slack: 5 within 30 minutes). */
    static final int RESPONSE_URL_POSTS = 5;
    /** A command's response_url as a place: 5 posts, text only, no drafts kept, a handed-off question shown again. */
    private static final DmHandOff.Place RESPONSE_URL = new DmHandOff.Place(RESPONSE_URL_POSTS, false, false, true);

    private final FrontDoor door;
    private final MemberZones zones;
    private final Renderer blocks;
    private final SlackApi dms;
    private final Replies replies;

    RejectedCommand(FrontDoor door, Renderer blocks, SlackApi dms, Replies replies, MemberZones zones) {
        this.door = door;
        this.zones = zones;
        this.blocks = blocks;
        this.dms = dms;
        this.replies = replies;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload command = req.getPayload();
        Member member = Members.of(ctx);
        Inbound inbound = new Inbound(member, new Event.Command(SlackText.typed(command.getText())),
                command.getTriggerId(), zones.of(member));
        door.turn(inbound, new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                answer(command, ctx, member, answers);
            }

            @Override
            public void fail(String words) {
                respond(ctx, new SlackMessage(words, List.of()));
            }
        });
        return ctx.ack();
    }

    /**
     * The door's hand-off rule ({@link DmHandOff}) for a command's response_url: what goes to the DM
     * is posted there, and the place the command was typed shows the answers with a line pointing to
     * the DM, or only that pointer; typed in the DM with the app, answers posted there are not repeated.
     */
    private void answer(SlashCommandPayload command, SlashCommandContext ctx, Member member, List<Outbound> answers) {
        if (answers.isEmpty()) {
            return;
        }
        List<SlackMessage> messages = new ArrayList<>(blocks.pack(answers, member));
        DmHandOff handOff = DmHandOff.of(answers, messages.size(), RESPONSE_URL);
        String dm = handOff.toDm() ? dmOf(member) : null;
        if (dm != null) {
            replies.send(member, dm, answers);
            if (handOff.here() == DmHandOff.Here.ANSWERS && dm.equals(command.getChannelId())) {
                return;
            }
        }
        if (dm != null && handOff.here() == DmHandOff.Here.POINTER) {
            respond(ctx, blocks.dmPointer(Members.teamId(member), command.getApiAppId()));
            return;
        }
        messages.set(0, blocks.withDmHint(messages.get(0), Members.teamId(member), command.getApiAppId()));
        messages.forEach(message -> {
            if (!respond(ctx, message)) {
                replies.toDm(member, message); // an expired or used-up response_url: the answer goes to the DM
            }
        });
    }

    /** The member's DM channel with the app, or null when Slack would not open it (then answered here only). */
    private String dmOf(Member member) {
        try {
            return dms.channelOf(member);
        } catch (SlackRefusal refusal) {
            LOG.warn("Opening the DM of {} failed ({}); answering ephemerally only", member.logName(),
                    refusal.getMessage());
            return null;
        }
    }

    /**
     * Posts to the command's response_url; true when Slack took it. Slack takes 5 posts within 30
     * minutes and answers 404 after that ({@code used_url}, {@code expired_url}).
     */
    private static boolean respond(SlashCommandContext ctx, SlackMessage message) {
        try {
            WebhookResponse taken = ctx.respond(SlashCommandResponse.builder().responseType("ephemeral")
                    .text(message.text()).blocks(message.blocks().isEmpty() ? null : message.blocks()).build());
            if (taken != null && taken.getCode() != null && taken.getCode() == 200) {
                return true;
            }
            LOG.info("A response_url refused an answer to /rejected ({})", taken == null ? "no answer" : taken.getCode());
            return false;
        } catch (IOException e) {
            LOG.warn("Answering /rejected through its response_url failed ({})", e.getClass().getSimpleName());
            return false;
        }
    }
}
