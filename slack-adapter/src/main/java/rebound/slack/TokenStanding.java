package rebound.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.util.http.listener.HttpResponseListener;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Threads;
import rebound.launch.Launch;

/**
 * Whether Slack still takes the one bot token, for the readiness probe (issue 22: "Slack HTTP
 * serving and its token valid"). It remembers the last definitive answer Slack gave to any Web API
 * call made with that token (the SDK tells each listener of every response): {@code ok: true} means
 * taken, one of {@link #DEAD} means refused. Anything else (a 5xx, a 429, no answer, a refusal about
 * one method such as {@code missing_scope}) says nothing about the token and changes nothing (issue
 * 20 item 1: a member's readiness never fails on a call that is not about us). When no definitive
 * answer came for {@link #RECHECK}, the probe's question starts one {@code auth.test} in the
 * background and answers from what it knew; the next probe reads the fresh answer.
 *
 * <p>Only for one workspace with its bot token: installed in many workspaces there is no single token.
 */
final class TokenStanding extends HttpResponseListener implements Launch.Platform, AutoCloseable {

    /**
     * Errors that mean the token itself is refused, whatever the method (Slack's Web API
     * documentation, "invalid_auth", "token_revoked" and the like); {@code missing_scope} and
     * {@code no_permission} are about one method, so they are not among them.
     */
    static final Set<String> DEAD = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked",
            "token_expired", "ekm_access_denied");
    /** How long a definitive answer stands before a probe asks auth.test again (at most once a minute). */
    static final Duration RECHECK = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(TokenStanding.class);

    private final String authorization;
    private final long recheckNanos;
    private final LongSupplier nanoTime;
    private final AtomicBoolean asking = new AtomicBoolean();
    private final ExecutorService background = Threads.pool("rebound-slack-token", 1);
    private volatile MethodsClient client;
    /** Slack's error for the token when it refused it last, or null when it took it last. */
    private volatile String refusal;
    /** When Slack last gave a definitive answer, or auth.test was last asked (nanoseconds). */
    private volatile long checkedAt;

    /** @param botToken the token whose calls are watched (kept in memory only, never written anywhere) */
    TokenStanding(String botToken) {
        this(botToken, RECHECK, System::nanoTime);
    }

    /** With how long an answer stands, and a clock in nanoseconds (tests pass their own). */
    TokenStanding(String botToken, Duration recheck, LongSupplier nanoTime) {
        this.authorization = "Bearer " + botToken;
        this.recheckNanos = recheck.toNanos();
        this.nanoTime = nanoTime;
        this.checkedAt = nanoTime.getAsLong();
    }

    /** The client that asks auth.test with the token when nothing was heard for {@link #RECHECK}. */
    TokenStanding askingWith(MethodsClient client) {
        this.client = client;
        return this;
    }

    @Override
    public void accept(State state) {
        okhttp3.Response response = state.getResponse();
        if (response == null || !authorization.equals(response.request().header("Authorization"))
                || response.code() != 200) {
            return;
        }
        String error = definitive(state.getParsedResponseBody());
        if (error == null) {
            return;
        }
        checkedAt = nanoTime.getAsLong();
        String before = refusal;
        String now = error.isEmpty() ? null : error;
        refusal = now;
        if (now != null && before == null) {
            LOG.warn("Slack refuses the bot token ({}); not ready until it takes it again", now);
        } else if (now == null && before != null) {
            LOG.info("Slack takes the bot token again; ready as far as the token goes");
        }
    }

    /** "" for {@code ok: true}, the error for a refused token, null for any other answer. */
    private static String definitive(String body) {
        if (body == null || !body.startsWith("{")) {
            return null;
        }
        try {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            JsonElement ok = json.get("ok");
            if (ok == null || !ok.isJsonPrimitive()) {
                return null;
            }
            if (ok.getAsBoolean()) {
                return "";
            }
            JsonElement error = json.get("error");
            String code = error == null || !error.isJsonPrimitive() ? null : error.getAsString();
            return DEAD.contains(code) ? code : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /**
     * Null while Slack takes the token, else "Slack refuses the bot token (token_revoked)"; starts
     * a background auth.test when nothing definitive was heard for {@link #RECHECK}.
     */
    @Override
    public String problem() {
        long now = nanoTime.getAsLong();
        if (now - checkedAt >= recheckNanos) {
            askAgain(now);
        }
        String refused = refusal;
        return refused == null ? null : "Slack refuses the bot token (" + refused + ")";
    }

    private void askAgain(long now) {
        MethodsClient asker = client;
        if (asker == null || !asking.compareAndSet(false, true)) {
            return;
        }
        checkedAt = now; // a 5xx or no answer waits RECHECK again: at most one auth.test a minute
        try {
            background.execute(() -> {
                try {
                    asker.authTest(r -> r); // its answer reaches accept() like every other
                } catch (Exception notAnswered) {
                    LOG.debug("auth.test for readiness got no answer ({})", notAnswered.getClass().getSimpleName());
                } finally {
                    asking.set(false);
                }
            });
        } catch (RejectedExecutionException closing) {
            asking.set(false);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
