package rebound.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Member;

/** The App Home tab: the core's overview (open rejections, upcoming follow-ups, buttons), published on open. */
final class AppHome implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AppHome.class);

    private final Renderer blocks;
    private final Workspaces workspaces;
    private final FrontDoor door;

    AppHome(FrontDoor door, Renderer blocks, Workspaces workspaces) {
        this.blocks = blocks;
        this.workspaces = workspaces;
        this.door = door;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent opened = payload.getEvent();
        if ("home".equals(opened.getTab()) && opened.getUser() != null) {
            Member member = Members.of(ctx);
            door.later(member, () -> publish(member));
        }
        return ctx.ack();
    }

    /** Shows the member's current overview on their Home tab. */
    void publish(Member member) {
        String user = Members.userId(member);
        View home = View.builder().type("home")
                .blocks(blocks.render(door.overview(member), member).get(0).blocks()).build();
        try {
            MethodsClient client = workspaces.client(member);
            SlackApi.call("views.publish", () -> client.viewsPublish(r -> r.userId(user).view(home)));
        } catch (SlackRefusal refusal) {
            LOG.warn("Publishing the Home tab of {} failed ({})", member.logName(), refusal.getMessage());
        }
    }
}
