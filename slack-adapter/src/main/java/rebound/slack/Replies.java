package rebound.slack;

import com.slack.api.methods.MethodsCompletionException;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Member;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.ReplyChannel;

/**
 * Sends the core's answers to a member's DM (or another channel) after the ack: each turn's answers
 * packed into as few messages as Block Kit allows, then posted one at a time per channel through the
 * Slack SDK's rate-limited client ({@link SlackApi#postPaced}, {@link SdkPacing}).
 *
 * <p>Slack allows about one {@code chat.postMessage} per second per channel past a short burst. The
 * SDK paces each channel by its last minute of calls, and when Slack answers 429 it waits for
 * {@code Retry-After} and posts the same message again itself, as often as it takes, so nothing the
 * member is owed is dropped. The SDK keeps one queue per workspace for {@code chat.postMessage}, fed
 * from a thread pool, and puts a refused call back at its end, so it does not keep one channel's
 * messages in order by itself: this class hands it a channel's next message only once the previous
 * one is posted. A broken connection is tried again a few times; a post that got no answer in time
 * ({@link SlackApp#READ_TIMEOUT}) may be shown, so it is never posted again (the next message of the
 * turn follows); a refusal that cannot change ({@code ok: false}) is logged.
 */
final class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);
    /** Connection failures tried again before giving up on a message (1, 2, 4, 8, 16 s apart). */
    private static final int CONNECTION_RETRIES = 5;

    private final SlackApi dms;
    private final Renderer blocks;
    private final FileUploads files;
    private final Executor workers;
    private final ScheduledExecutorService later;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    Replies(SlackApi dms, Renderer blocks, FileUploads files, Executor workers, ScheduledExecutorService later) {
        this.dms = dms;
        this.blocks = blocks;
        this.files = files;
        this.workers = workers;
        this.later = later;
    }

    /** Queues the answers for {@code channel}, or for the member's DM with the app when channel is null. */
    void send(Member member, String channel, List<Outbound> answers) {
        if (!answers.isEmpty()) {
            enqueue(member, channel, blocks.pack(answers, member));
        }
    }

    /** The member's DM (or {@code channel}) as the place a turn answers. */
    ReplyChannel to(Member member, String channel) {
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

    /** Queues one message for the member's DM (an answer a response_url refused, say). */
    void toDm(Member member, SlackMessage message) {
        enqueue(member, null, List.of(message));
    }

    /** Queues one plain line (the failure words) for {@code channel}, or the member's DM when null. */
    void say(Member member, String channel, String text) {
        enqueue(member, channel, List.of(new SlackMessage(text, List.of())));
    }

    /** Completes when everything queued so far has been posted (or given up); for tests and shutdown. */
    CompletableFuture<Void> drained() {
        return CompletableFuture.allOf(new ArrayList<>(tails.values()).toArray(CompletableFuture[]::new));
    }

    /**
     * Chains the messages behind what {@code channel} still owes. When it owes nothing and the channel
     * is known (a DM's id from its event), the first message is handed to Slack's paced client from
     * the calling thread, the worker that ran the turn: queued for a worker again, it waited behind
     * the turns of other members (issue 20, "Answers on time when many members talk at once").
     */
    private void enqueue(Member member, String channel, List<SlackMessage> messages) {
        String key = channel != null ? channel : "dm:" + member.key();
        Delivery delivery = new Delivery(member, channel, messages);
        CompletableFuture<Void> done = new CompletableFuture<>();
        boolean[] now = new boolean[1];
        tails.compute(key, (k, tail) -> {
            now[0] = (tail == null || tail.isDone()) && postsWithoutWaiting(delivery);
            CompletableFuture<Void> next = now[0] ? done : (tail == null ? CompletableFuture.<Void>completedFuture(null)
                    : tail).thenCompose(ignored -> {
                        run(() -> post(delivery, done), done);
                        return done;
                    });
            next.whenComplete((ok, failure) -> tails.remove(k, next));
            return next;
        });
        if (now[0]) {
            post(delivery, done);
        }
    }

    /** True when posting the delivery's first message makes no blocking call (no conversations.open, no upload). */
    private static boolean postsWithoutWaiting(Delivery delivery) {
        SlackMessage first = delivery.messages.get(0);
        return delivery.channel != null && !(first.text().isBlank() && first.blocks().isEmpty());
    }

    /** Posts the delivery's next message, or completes {@code done} when none is left. */
    private void post(Delivery delivery, CompletableFuture<Void> done) {
        try {
            if (delivery.target == null) {
                delivery.target = delivery.channel != null ? delivery.channel : dms.channelOf(delivery.member);
            }
            if (delivery.sent == delivery.messages.size()) {
                done.complete(null);
                return;
            }
            SlackMessage next = delivery.messages.get(delivery.sent);
            if (next.text().isBlank() && next.blocks().isEmpty()) { // files alone: nothing to post before them
                delivery.sent++;
                uploadThenPost(delivery, next, done);
                return;
            }
            dms.postPaced(delivery.member, delivery.target, delivery.messages.get(delivery.sent))
                    .whenComplete((response, failure) -> posted(delivery, done, response, failure));
        } catch (SlackRefusal refusal) {
            tryAgain(delivery, done, refusal.getMessage(), refusal.getCause(), refusal.retryAfterSeconds());
        } catch (RejectedExecutionException stopping) {
            done.complete(null);
        } catch (RuntimeException e) {
            LOG.error("Answering {} failed", delivery.member.logName(), e);
            done.complete(null);
        }
    }

    private void posted(Delivery delivery, CompletableFuture<Void> done, ChatPostMessageResponse response,
            Throwable failure) {
        if (failure == null && response.isOk()) {
            SlackMessage shown = delivery.messages.get(delivery.sent);
            delivery.sent++;
            if (shown.files().isEmpty()) {
                post(delivery, done);
            } else {
                run(() -> uploadThenPost(delivery, shown, done), done); // the upload blocks: a worker, not Slack's thread
            }
        } else if (failure == null) {
            giveUp(delivery, done, "chat.postMessage: " + response.getError());
        } else {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof MethodsCompletionException sdk && sdk.getIoException() != null) {
                tryAgain(delivery, done, "chat.postMessage: " + sdk.getIoException().getMessage(),
                        sdk.getIoException(), 0);
            } else if (cause instanceof MethodsCompletionException sdk && sdk.getSlackApiException() != null) {
                SlackApiException refused = sdk.getSlackApiException();
                tryAgain(delivery, done, "chat.postMessage: HTTP " + refused.getResponse().code(), refused,
                        refused.getResponse().code() == 429 ? SlackApi.retryAfter(refused) : 0);
            } else {
                LOG.error("Answering {} failed; {} message(s) not shown", delivery.member.logName(),
                        delivery.messages.size() - delivery.sent, cause);
                done.complete(null);
            }
        }
    }

    /**
     * A refusal that may pass: a 429 (from {@code conversations.open}, or one the SDK handed back,
     * which it does only when it could not learn the workspace and so ran the call outside its
     * queue) is tried again after {@code Retry-After}; a broken connection a bounded number of
     * times, 1, 2, 4 ... s apart. Anything else is given up.
     */
    private void tryAgain(Delivery delivery, CompletableFuture<Void> done, String reason, Throwable cause,
            long retryAfterSeconds) {
        long wait = retryAfterSeconds;
        if (wait <= 0 && SlackRefusal.timedOut(cause) && delivery.target != null) { // the post itself timed out
            LOG.warn("Slack gave no answer to an answer for {} in time ({}); it may be shown, so it is not posted "
                    + "again", delivery.member.logName(), reason);
            delivery.sent++; // maybe shown: never posted twice
            run(() -> post(delivery, done), done);
            return;
        }
        if (wait <= 0 && cause instanceof java.io.IOException && delivery.connectionRetries < CONNECTION_RETRIES) {
            wait = 1L << delivery.connectionRetries++;
        }
        if (wait <= 0) {
            giveUp(delivery, done, reason);
            return;
        }
        LOG.info("Answering {} failed ({}); trying again in {} s", delivery.member.logName(), reason, wait);
        try {
            later.schedule(() -> run(() -> post(delivery, done), done), wait, TimeUnit.SECONDS);
        } catch (RejectedExecutionException stopping) {
            done.complete(null);
        }
    }

    /**
     * Uploads the files that come after {@code shown}, then goes on; files Slack refused become lines
     * saying so, posted next, in order.
     */
    private void uploadThenPost(Delivery delivery, SlackMessage shown, CompletableFuture<Void> done) {
        try {
            List<SlackMessage> notices = files.upload(delivery.member, delivery.target, shown.files());
            delivery.messages.addAll(delivery.sent, notices);
        } catch (RuntimeException e) {
            LOG.error("Uploading files for {} failed", delivery.member.logName(), e);
        }
        post(delivery, done);
    }

    private void giveUp(Delivery delivery, CompletableFuture<Void> done, String reason) {
        LOG.error("Slack refused an answer to {} ({}); {} message(s) not shown", delivery.member.logName(), reason,
                delivery.messages.size() - delivery.sent);
        done.complete(null);
    }

    private void run(Runnable work, CompletableFuture<Void> done) {
        try {
            workers.execute(work);
        } catch (RejectedExecutionException stopping) {
            done.complete(null);
        }
    }

    /** One turn's messages for one channel, where they go, and how far posting them got. */
    private static final class Delivery {
        final Member member;
        final String channel;
        final List<SlackMessage> messages;
        String target;
        int sent;
        int connectionRetries;

        Delivery(Member member, String channel, List<SlackMessage> messages) {
            this.member = member;
            this.channel = channel;
            this.messages = new ArrayList<>(messages); // a refused upload adds the lines that say so
        }
    }
}
