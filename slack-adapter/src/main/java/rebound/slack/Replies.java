package rebound.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.conversation.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * Sends the core's answers to a member's DM (or another channel) after the ack: each turn's answers
 * packed into as few messages as Block Kit allows, then posted through one ordered queue per
 * channel. Slack allows about one {@code chat.postMessage} per second per channel past a short
 * burst; when it answers 429 the same message is posted again after its {@code Retry-After}, as
 * often as it takes, so nothing the member is owed is dropped and nothing overtakes it. A
 * connection failure is tried again a few times; a refusal that cannot change ({@code ok: false})
 * is logged.
 */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    /** Connection failures tried again before giving up on a message (1, 2, 4, 8, 16 s apart). */
    private static final int CONNECTION_RETRIES = 5;

    private final SlackApi dms;
    private final Renderer blocks;
    private final Executor workers;
    private final ScheduledExecutorService later;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    Replies(SlackApi dms, Renderer blocks, Executor workers, ScheduledExecutorService later) {
        this.dms = dms;
        this.blocks = blocks;
        this.workers = workers;
        this.later = later;
    }

    /** Queues the answers for {@code channel}, or for the member's DM with the app when channel is null. */
    void send(String member, String channel, List<Outbound> answers) {
        if (!answers.isEmpty()) {
            enqueue(member, channel, blocks.pack(answers, member));
        }
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

    /** Queues one plain line (the failure words) for {@code channel}, or the member's DM when null. */
    void say(String member, String channel, String text) {
        enqueue(member, channel, List.of(new SlackMessage(text, List.of())));
    }

    /** Completes when everything queued so far has been posted (or given up); for tests and shutdown. */
    CompletableFuture<Void> drained() {
        return CompletableFuture.allOf(new ArrayList<>(tails.values()).toArray(CompletableFuture[]::new));
    }

    private void enqueue(String member, String channel, List<SlackMessage> messages) {
        String key = channel != null ? channel : "dm:" + member;
        tails.compute(key, (k, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenCompose(ignored -> {
                CompletableFuture<Void> done = new CompletableFuture<>();
                run(() -> post(new Delivery(member, channel, messages), done), done);
                return done;
            });
            next.whenComplete((ok, failure) -> tails.remove(k, next));
            return next;
        });
    }

    private void post(Delivery delivery, CompletableFuture<Void> done) {
        try {
            String target = delivery.channel != null ? delivery.channel : dms.channelOf(delivery.member);
            while (delivery.sent < delivery.messages.size()) {
                dms.post(target, List.of(delivery.messages.get(delivery.sent)));
                delivery.sent++;
            }
            done.complete(null);
        } catch (SlackRefusal refusal) {
            long wait = refusal.retryAfterSeconds();
            if (wait <= 0 && refusal.getCause() instanceof java.io.IOException
                    && delivery.connectionRetries < CONNECTION_RETRIES) {
                wait = 1L << delivery.connectionRetries++;
            }
            if (wait <= 0) {
                LOG.error("Slack refused an answer to {} ({}); {} message(s) not shown", delivery.member,
                        refusal.getMessage(), delivery.messages.size() - delivery.sent);
                done.complete(null);
                return;
            }
            LOG.info("Slack asked to wait before answering {} ({}); posting again in {} s", delivery.member,
                    refusal.getMessage(), wait);
            try {
                later.schedule(() -> run(() -> post(delivery, done), done), wait, TimeUnit.SECONDS);
            } catch (RejectedExecutionException stopping) {
                done.complete(null);
            }
        } catch (RuntimeException e) {
            LOG.error("Answering {} failed", delivery.member, e);
            done.complete(null);
        }
    }

    private void run(Runnable work, CompletableFuture<Void> done) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException stopping) {
            done.complete(null);
        }
    }

    /** One turn's messages for one channel, and how far posting them got. */
    private static final class Delivery {
        final String member;
        final String channel;
        final List<SlackMessage> messages;
        int sent;
        int connectionRetries;

        Delivery(String member, String channel, List<SlackMessage> messages) {
            this.member = member;
            this.channel = channel;
            this.messages = messages;
        }
    }
}
