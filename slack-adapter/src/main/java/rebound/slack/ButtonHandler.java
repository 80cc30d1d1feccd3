package rebound.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.ViewState;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Member;
import rebound.frontdoor.DmHandOff;
import rebound.frontdoor.Form;
import rebound.frontdoor.FrontDoor;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Press;
import rebound.frontdoor.Pressed;
import rebound.frontdoor.ReplyChannel;

/**
 * A pressed button or picked menu entry, handed to the door with its actions block's id (the door's
 * {@link Press}) and what was picked: the door checks whose it is and whether it is still understood
 * (a refusal is answered to the presser alone), and takes it as the member's turn. The answer goes
 * where the button was (the DM, or ephemerally through {@code response_url}, or the DM when pressed on
 * the Home tab, which is then refreshed).
 */
final class ButtonHandler implements BlockActionHandler {

    static final Pattern ACTION_IDS = Pattern.compile("^(choice|select|pick|picked|form):.*");
    private static final Logger LOG = LoggerFactory.getLogger(ButtonHandler.class);
    /** An ephemeral message's response_url, as a place a member presses in: one answer, text only (Slack). */
    private static final DmHandOff.Place EPHEMERAL = new DmHandOff.Place(1, false, false, true);

    private final FrontDoor door;
    private final MemberZones zones;
    private final Renderer blocks;
    private final FormButtons forms;
    private final Workspaces workspaces;
    private final Replies replies;
    private final AppHome home;

    ButtonHandler(FrontDoor door, Renderer blocks, FormButtons forms, Workspaces workspaces, Replies replies,
            AppHome home, MemberZones zones) {
        this.door = door;
        this.zones = zones;
        this.blocks = blocks;
        this.forms = forms;
        this.workspaces = workspaces;
        this.replies = replies;
        this.home = home;
    }

    @Override
    public Response apply(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload press = req.getPayload();
        BlockActionPayload.Action action = press.getActions().get(0);
        Member member = Members.of(ctx);
        String id = action.getActionId();
        String blockId = action.getBlockId();
        if (id.startsWith(ComponentIds.PICK)) {
            // an entry picked in a menu of several: nothing is sent before its done button, but only its owner may pick
            door.refusal(member, EarlierButtons.press(blockId, Press.Kind.SEVERAL, member))
                    .ifPresent(words -> refuse(member, ctx, words));
            return ctx.ack();
        }
        String pressed = id.startsWith(ComponentIds.FORM) ? formPress(action.getValue(), blockId, member)
                : EarlierButtons.press(blockId, id.startsWith(ComponentIds.PICKED) ? Press.Kind.SEVERAL
                        : Press.Kind.CHOICE, member);
        List<String> picked = id.startsWith(ComponentIds.FORM) ? List.of() : picked(press, action);
        if (picked == null) {
            return ctx.ack();
        }
        Pressed result = door.press(member, pressed, picked, press.getTriggerId(), zones.of(member),
                () -> answers(press, ctx, member));
        if (result instanceof Pressed.Refused refused) {
            refuse(member, ctx, refused.words());
        } else if (result instanceof Pressed.OpensForm form) {
            // At once, before the ack and never behind the member's earlier posts: a trigger_id
            // opens a modal for 3 seconds only.
            openModal(press.getTriggerId(), form.form(), inDm(press) ? press.getChannel().getId() : null, member, ctx);
        }
        return ctx.ack();
    }

    /** The door's refusal, to the presser alone, through the press's response_url. */
    private void refuse(Member member, ActionContext ctx, String words) {
        door.later(member, () -> respond(ctx, new SlackMessage(words, List.of())));
    }

    /** What a form button carries back: the door's press, or a button of before issue 19 read as one. */
    private String formPress(String value, String blockId, Member member) {
        return forms.earlierFormId(value).flatMap(formId -> EarlierButtons.owner(blockId, member)
                .map(owner -> Press.of(Press.Kind.OPEN_FORM, owner, formId).write())).orElse(value);
    }

    /** Where a taken press's answers go. */
    private ReplyChannel answers(BlockActionPayload press, ActionContext ctx, Member member) {
        return new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                answer(press, ctx, member, answers);
            }

            @Override
            public void fail(String words) {
                if (press.getContainer() != null && press.getContainer().isEphemeral()) {
                    respond(ctx, new SlackMessage(words, List.of()));
                } else {
                    replies.say(member, inDm(press) ? press.getChannel().getId() : null, words);
                }
            }
        };
    }

    /**
     * The entries the press reports chosen: a button's value (its action), a menu's pick, the entries
     * picked in a menu of several when its done button is pressed; null when there is nothing to take
     * (a menu cleared, a button without a value).
     */
    private static List<String> picked(BlockActionPayload press, BlockActionPayload.Action action) {
        String id = action.getActionId();
        if (id.startsWith(ComponentIds.CHOICE)) {
            return action.getValue() == null ? null : List.of(action.getValue());
        }
        if (id.startsWith(ComponentIds.SELECT)) {
            return action.getSelectedOption() == null || action.getSelectedOption().getValue() == null ? null
                    : List.of(action.getSelectedOption().getValue());
        }
        if (id.startsWith(ComponentIds.PICKED)) {
            return picked(press.getState(), action.getBlockId(), ComponentIds.stepIn(id, ComponentIds.PICKED));
        }
        return null;
    }

    private static List<String> picked(ViewState state, String blockId, String step) {
        if (state == null || state.getValues() == null) {
            return List.of();
        }
        Map<String, ViewState.Value> block = state.getValues().getOrDefault(blockId, Map.of());
        ViewState.Value menu = block.get(ComponentIds.pick(step));
        if (menu == null || menu.getSelectedOptions() == null) {
            return List.of();
        }
        return menu.getSelectedOptions().stream().map(o -> o.getValue()).collect(Collectors.toList());
    }

    private void answer(BlockActionPayload press, ActionContext ctx, Member member, List<Outbound> answers) {
        if (press.getContainer() != null && "view".equals(press.getContainer().getType())) {
            replies.send(member, null, answers);
            home.publish(member);
        } else if (press.getContainer() != null && press.getContainer().isEphemeral()) {
            answerEphemeral(press, ctx, member, answers);
        } else {
            replies.send(member, inDm(press) ? press.getChannel().getId() : null, answers);
        }
    }

    /**
     * A press on an ephemeral message (a {@code /rejected} answer in a channel): the door's hand-off rule
     * ({@link DmHandOff}) for a place that takes one answer and no files, keeps no drafts and shows a
     * handed-off question again. A typed answer never reaches the app there, so the intake goes on in
     * the member's DM, and the channel gets the question again with a link to the DM, or a short pointer.
     */
    private void answerEphemeral(BlockActionPayload press, ActionContext ctx, Member member, List<Outbound> answers) {
        List<SlackMessage> packed = blocks.pack(answers, member);
        DmHandOff handOff = DmHandOff.of(answers, packed.size(), EPHEMERAL);
        String team = Members.teamId(member);
        if (handOff.toDm()) {
            replies.send(member, null, answers);
            respond(ctx, handOff.here() == DmHandOff.Here.ANSWERS
                    ? blocks.withDmHint(packed.get(0), team, press.getApiAppId())
                    : blocks.dmPointer(team, press.getApiAppId()));
        } else {
            packed.forEach(message -> {
                if (!respond(ctx, message)) {
                    replies.toDm(member, message); // an expired or used-up response_url: the answer goes to the DM
                }
            });
        }
    }

    private static boolean inDm(BlockActionPayload press) {
        return press.getChannel() != null && press.getContainer() != null
                && "message".equals(press.getContainer().getType()) && !press.getContainer().isEphemeral();
    }

    /**
     * Opens the form at once (a trigger_id lasts 3 seconds). When Slack refuses it
     * ({@code expired_trigger_id} under load, say), the member is told to type the person instead,
     * in the DM or on the ephemeral message they pressed: a press is never met with nothing.
     */
    private void openModal(String triggerId, Form form, String channel, Member member, ActionContext ctx) {
        try {
            MethodsClient client = workspaces.client(member);
            SlackApi.call("views.open", () -> client.viewsOpen(r -> r.triggerId(triggerId)
                    .view(FormModal.of(form, channel, door.words()))));
        } catch (SlackRefusal refusal) {
            LOG.warn("Opening the {} form failed ({}); telling the member to type instead", form.id(),
                    refusal.getMessage());
            String instead = door.words().say("form_unavailable");
            if (channel != null) {
                replies.say(member, channel, instead);
            } else {
                door.later(member, () -> respond(ctx, new SlackMessage(instead, List.of())));
            }
        }
    }

    /**
     * Posts to the press's response_url; true when Slack took it. Slack takes 5 posts within 30
     * minutes and answers 404 after that ({@code used_url}, {@code expired_url}).
     */
    private static boolean respond(ActionContext ctx, SlackMessage message) {
        if (ctx.getResponseUrl() == null || ctx.getResponseUrl().isBlank()) {
            LOG.info("A press came without a response_url; nothing to answer it through");
            return false;
        }
        try {
            WebhookResponse taken = ctx.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(message.text()).blocks(message.blocks().isEmpty() ? null : message.blocks()).build());
            if (taken != null && taken.getCode() != null && taken.getCode() == 200) {
                return true;
            }
            LOG.info("A response_url refused an answer ({})", taken == null ? "no answer" : taken.getCode());
            return false;
        } catch (IOException e) {
            LOG.warn("Answering a button through its response_url failed ({})", e.getClass().getSimpleName());
            return false;
        }
    }
}
