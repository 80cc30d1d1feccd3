package rebound.slack;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.regex.Pattern;
import rebound.frontdoor.Member;
import rebound.frontdoor.Event;
import rebound.frontdoor.FormErrors;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Inbound;

/**
 * A submitted form modal, handed to the door, which checks the fields once: errors are shown inside
 * the modal ({@code response_action: errors}, keyed by field id, which is each input's block id); a
 * valid form is acked (the modal closes) and is then one turn of the conversation, answered in the DM.
 */
final class FormHandler implements ViewSubmissionHandler {

    static final Pattern CALLBACK_IDS = Pattern.compile("^" + ComponentIds.FORM + ".*");

    private final FrontDoor door;
    private final MemberZones zones;
    private final Replies replies;

    FormHandler(FrontDoor door, Replies replies, MemberZones zones) {
        this.door = door;
        this.zones = zones;
        this.replies = replies;
    }

    @Override
    public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
        ViewSubmissionPayload submission = req.getPayload();
        String formId = submission.getView().getCallbackId().substring(ComponentIds.FORM.length());
        Map<String, String> values = FormModal.values(submission.getView().getState());
        Member member = Members.of(ctx);
        Inbound inbound = new Inbound(member, new Event.FormSubmit(formId, values),
                "view:" + submission.getView().getId(), zones.of(member));
        String channel = submission.getView().getPrivateMetadata();
        FormErrors errors = door.submit(inbound, replies.to(member, channel == null || channel.isBlank() ? null : channel),
                FormErrors.Shown.IN_FORM);
        if (!errors.isEmpty()) {
            return ctx.ackWithErrors(errors.byField());
        }
        return ctx.ack();
    }
}
