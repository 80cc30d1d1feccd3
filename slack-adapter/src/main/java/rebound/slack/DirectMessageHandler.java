package rebound.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import rebound.conversation.Event;
import rebound.conversation.Inbound;
import rebound.frontdoor.FrontDoor;

/**
 * A message typed in the app's DM answers the current step. The ack goes first; then, in the
 * member's queue, the core takes the turn (committed) and the answer is posted. The event id is the
 * turn's delivery id, so the core answers a retry or duplicate with nothing, even after a restart;
 * messages from bots, the app's own included, are ignored.
 */
final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {

    private final FrontDoor door;
    private final Replies replies;

    DirectMessageHandler(FrontDoor door, Replies replies) {
        this.door = door;
        this.replies = replies;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent message = payload.getEvent();
        if (!"im".equals(message.getChannelType()) || message.getBotId() != null || message.getUser() == null) {
            return ctx.ack();
        }
        String member = Members.key(payload.getTeamId(), message.getUser());
        Inbound inbound = new Inbound(member, new Event.Text(message.getText()), payload.getEventId());
        door.turn(inbound, replies.to(member, message.getChannel()));
        return ctx.ack();
    }
}
