package rebound.discord;

import java.util.ArrayList;
import java.util.List;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.FrontDoor;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import rebound.conversation.Outbound;

/**
 * Sends the core's answer to an interaction that was already deferred. In a DM the answer goes right
 * there. In a server every reply is ephemeral; an intake prompt moves to the member's DMs (with a
 * link there), and other answers carry a link to continue in DMs.
 */
final class Replies {

    private static final int MAX_ROWS = 5;

    private final Renderer renderer;
    private final DoorWords words;

    Replies(Renderer renderer, DoorWords words) {
        this.renderer = renderer;
        this.words = words;
    }

    void send(InteractionHook hook, boolean inServer, long userId, List<Outbound> answer) {
        List<MessageCreateData> messages = render(answer);
        if (!inServer) {
            post(hook, messages);
            return;
        }
        hook.setEphemeral(true);
        PrivateChannel dm = openDm(hook.getJDA(), userId);
        boolean prompt = FrontDoor.handsOffToDm(answer);
        if (dm != null && prompt) {
            try {
                for (MessageCreateData message : messages) {
                    dm.sendMessage(message).complete();
                }
                post(hook, List.of(withDmLink(Renderer.quiet().setContent(words.say("continued_in_dms"))
                        .build(), dm)));
                return;
            } catch (ErrorResponseException e) {
                if (e.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
                    throw e;
                }
                List<MessageCreateData> here = new ArrayList<>();
                here.add(Renderer.quiet().setContent(words.say("dms_closed")).build());
                here.addAll(messages);
                post(hook, here);
                return;
            }
        }
        if (dm != null && !messages.isEmpty()) {
            messages = new ArrayList<>(messages);
            int last = messages.size() - 1;
            messages.set(last, withDmLink(messages.get(last), dm));
        }
        post(hook, messages);
    }

    /** Replaces the deferred reply with {@code text} (the failure words). */
    void fail(InteractionHook hook, String text) {
        hook.editOriginal(MessageEditData.fromCreateData(
                Renderer.quiet().setContent(text).build())).complete();
    }

    private List<MessageCreateData> render(List<Outbound> answer) {
        List<MessageCreateData> messages = new ArrayList<>();
        answer.forEach(m -> messages.addAll(renderer.render(m)));
        return messages;
    }

    private static void post(InteractionHook hook, List<MessageCreateData> messages) {
        if (messages.isEmpty()) {
            hook.deleteOriginal().complete();
            return;
        }
        hook.editOriginal(MessageEditData.fromCreateData(messages.get(0))).complete();
        for (MessageCreateData message : messages.subList(1, messages.size())) {
            hook.sendMessage(message).complete();
        }
    }

    private static PrivateChannel openDm(JDA jda, long userId) {
        try {
            return jda.openPrivateChannelById(userId).complete();
        } catch (ErrorResponseException e) {
            return null;
        }
    }

    private MessageCreateData withDmLink(MessageCreateData message, PrivateChannel dm) {
        if (message.getComponents().size() >= MAX_ROWS) {
            return message;
        }
        return MessageCreateBuilder.from(message)
                .addComponents(ActionRow.of(Button.link(
                        "https://discord.com/channels/@me/" + dm.getId(), words.say("open_dms"))))
                .setAllowedMentions(List.of())
                .build();
    }
}
