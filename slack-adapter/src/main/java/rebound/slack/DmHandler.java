package rebound.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.Objects;
import rebound.frontdoor.Member;
import rebound.frontdoor.Event;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;

/**
 * A message typed in the app's DM answers the current step. In the member's queue the core takes
 * the turn and commits it; only then is Slack acknowledged (issue 10: acknowledge only what is
 * durable), and the answer is posted after the ack. The event id is the
 * turn's delivery id, so the core answers a retry or duplicate with nothing, even after a restart;
 * messages from bots, the app's own included, are ignored.
 */
final class DmHandler implements BoltEventHandler<MessageEvent> {

    /**
     * How long the ack of a DM waits for its turn's commit: Slack retries an event not acked within
     * 3 seconds, so past this the ack goes anyway (a retry is answered with nothing by the core).
     */
    static final java.time.Duration DURABLE_WITHIN = java.time.Duration.ofMillis(2500);

    private final FrontDoor door;
    private final MemberZones zones;
    private final Replies replies;

    DmHandler(FrontDoor door, Replies replies, MemberZones zones) {
        this.door = door;
        this.zones = zones;
        this.replies = replies;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent message = payload.getEvent();
        if (message.getBotId() == null) {
            take(ctx, payload.getEventId(), message.getChannelType(), message.getUser(),
                    message.getText(), message.getChannel());
        }
        return ctx.ack();
    }

    /**
     * A DM answer sent with a file attached (subtype {@code file_share}): its text answers the step
     * like any other message; the file itself is not kept. A file without a word (a screenshot of the
     * rejection e-mail, say) is an empty answer, which the core answers by asking its question again,
     * as it does for an attachment alone on Discord: never silence.
     */
    BoltEventHandler<MessageFileShareEvent> fileShares() {
        return (payload, ctx) -> {
            MessageFileShareEvent message = payload.getEvent();
            if (!Boolean.TRUE.equals(message.getDisplayAsBot())) {
                take(ctx, payload.getEventId(), message.getChannelType(), message.getUser(),
                        message.getText() == null ? "" : message.getText(), message.getChannel());
            }
            return ctx.ack();
        };
    }

    /**
     * A message the member edited in the DM (subtype {@code message_changed}): the answer stays what
     * was first sent, since the conversation has moved on, and the member is told so and how to change
     * it ({@code edit_not_taken}, frontdoor.txt), never met with silence. Slack also sends
     * {@code message_changed} when it adds a link preview to a message, with the text unchanged: that
     * is no edit of the member's and gets nothing, as do edits by bots and outside the DM.
     */
    BoltEventHandler<MessageChangedEvent> edits() {
        return (payload, ctx) -> {
            MessageChangedEvent changed = payload.getEvent();
            MessageChangedEvent.Message now = changed.getMessage();
            MessageChangedEvent.Message before = changed.getPreviousMessage() == null ? null
                    : changed.getPreviousMessage().getMessage();
            boolean byMember = now != null && now.getUser() != null && now.getBotId() == null;
            boolean textChanged = before == null || !Objects.equals(now == null ? null : now.getText(), before.getText());
            if ("im".equals(changed.getChannelType()) && byMember && textChanged) {
                replies.say(Members.of(ctx), changed.getChannel(), door.words().say("edit_not_taken"));
            }
            return ctx.ack();
        };
    }

    /** Takes the turn, and returns once it is committed (or after {@link #DURABLE_WITHIN}): then Slack gets its 200. */
    private void take(EventContext ctx, String eventId, String channelType, String user, String text, String channel) {
        if (!"im".equals(channelType) || user == null) {
            return;
        }
        Member member = Members.of(ctx);
        Inbound inbound = new Inbound(member, new Event.Text(SlackText.typed(text)), eventId, zones.of(member));
        FrontDoor.awaitDurable(door.turn(inbound, replies.to(member, channel)), DURABLE_WITHIN);
    }
}
