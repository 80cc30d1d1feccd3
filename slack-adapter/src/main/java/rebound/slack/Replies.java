package rebound.slack;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * Sends the core's answers to a member's DM after the ack. When Slack answers 429 the rest waits
 * for its {@code Retry-After} and is tried once more; any other refusal is logged.
 */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private final DirectMessages dms;
    private final MessageBlocks blocks;
    private final ScheduledExecutorService later;

    Replies(DirectMessages dms, MessageBlocks blocks, ScheduledExecutorService later) {
        this.dms = dms;
        this.blocks = blocks;
        this.later = later;
    }

    /** Posts to {@code channel}, or to the member's DM with the app when channel is null. */
    void send(String member, String channel, List<Outbound> answers) {
        if (answers.isEmpty()) {
            return;
        }
        List<SlackMessage> messages = answers.stream().flatMap(a -> blocks.render(a, member).stream()).toList();
        post(member, channel, messages, true);
    }

    /** The member's DM (or {@code channel}) as the place a turn answers. */
    ReplyChannel to(String member, String channel) {
        return new ReplyChannel() {
            @Override
            public void send(List<Outbound> answers) {
                Replies.this.send(member, channel, answers);
            }

            @Override
            public void fail(String words) {
                say(member, channel, words);
            }
        };
    }

    /** Posts one plain line (the failure words) to {@code channel}, or to the member's DM when null. */
    void say(String member, String channel, String text) {
        post(member, channel, List.of(new SlackMessage(text, List.of())), true);
    }

    private void post(String member, String channel, List<SlackMessage> messages, boolean firstTry) {
        int sent = 0;
        try {
            String target = channel != null ? channel : dms.channelOf(member);
            for (SlackMessage message : messages) {
                dms.post(target, List.of(message));
                sent++;
            }
        } catch (SlackRefusal refusal) {
            List<SlackMessage> rest = messages.subList(sent, messages.size());
            if (firstTry && refusal.retryAfterSeconds() > 0) {
                LOG.warn("Slack refused an answer to {} ({}); trying again in {} s", member, refusal.getMessage(),
                        refusal.retryAfterSeconds());
                later.schedule(() -> post(member, channel, List.copyOf(rest), false),
                        refusal.retryAfterSeconds(), TimeUnit.SECONDS);
            } else {
                LOG.error("Slack refused an answer to {} ({}); {} message(s) not shown", member,
                        refusal.getMessage(), rest.size());
            }
        }
    }
}
