package rebound.slack;

import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.methods.impl.ThreadPools;
import com.slack.api.methods.metrics.MemoryMetricsDatastore;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import rebound.frontdoor.Threads;

/**
 * Turns on the Slack SDK's own rate limiting for one app's Web API clients ({@code
 * Slack#methodsAsync}), which {@link Replies} posts through. What the SDK (1.51.0) does with it:
 * every call is counted per workspace and method, {@code chat.postMessage} per channel
 * ({@code MethodsClientImpl#postFormWithTokenAndParseResponse}); an HTTP 429's {@code Retry-After}
 * is recorded for that method and channel, whether the call was made by the async client or the
 * sync one ({@code MetricsDatastore#setRateLimitedMethodRetryEpochMillis}); an async call waits in
 * the workspace's queue until then, or until the pace of the channel's last minute allows it
 * ({@link ChannelPace}: near Slack's one a second per channel, not long before it, as one waiting post
 * holds the workspace's whole queue), and an async call answered 429 is queued again and re-sent after
 * {@code Retry-After} ({@code AsyncRateLimitExecutor#enqueueThenRun}).
 *
 * <p>None of that happens unless the methods' stats are on (the SDK learns the workspace of the
 * token only then), so they are on here, for the Web API only. The SDK keeps its queues and
 * counts in static maps keyed by executor name and shuts thread pools down per thread provider:
 * each app gets its own name and provider, so two apps in one JVM (tests) never share a limit or
 * stop each other's threads.
 */
final class SdkPacing implements AutoCloseable {

    /**
     * SDK threads for paced calls. A call waiting for its turn or for {@code Retry-After} holds one
     * (the SDK polls every 10 ms), and {@link Replies} keeps one call in flight per channel, so this
     * is how many channels can wait at once before the next channel's answer queues behind them.
     */
    static final int POSTING_THREADS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(SdkPacing.class);
    private static final AtomicInteger APPS = new AtomicInteger();

    private final MethodsConfig methods;
    private final OwnThreads threads;

    private SdkPacing(MethodsConfig methods, OwnThreads threads) {
        this.methods = methods;
        this.threads = threads;
    }

    /**
     * Configures {@code config} (before any client is made from it) so the SDK paces and records
     * this app's Web API calls, on threads of its own; the other SDK areas (audit, SCIM) keep their
     * stats off. Returns the handle that stops those threads. Bolt's {@code App} must be given
     * {@link #threads()} too: it replaces the client's thread provider with its own.
     */
    static SdkPacing on(SlackConfig config) {
        config.setStatsEnabled(false);
        OwnThreads threads = new OwnThreads("rebound-slack-" + APPS.incrementAndGet());
        config.setExecutorServiceProvider(threads);
        MethodsConfig methods = config.getMethodsConfig();
        methods.setExecutorName(threads.name);
        methods.setExecutorServiceProvider(threads);
        methods.setDefaultThreadPoolSize(POSTING_THREADS);
        methods.setMetricsDatastore(new MemoryMetricsDatastore(1, threads));
        methods.setStatsEnabled(true);
        methods.setCustomRateLimitResolver(new ChannelPace());
        return new SdkPacing(methods, threads);
    }

    /** This app's thread provider, for {@code AppConfig.executorServiceProvider} (Bolt copies it into the client config). */
    ExecutorServiceProvider threads() {
        return threads;
    }

    /** Stops the SDK's threads of this app; a call still waiting in them completes exceptionally. */
    @Override
    public void close() {
        methods.setStatsEnabled(false);
        try {
            methods.getMetricsDatastore().close();
        } catch (Exception e) {
            LOG.warn("Closing the Slack SDK's request counts failed", e);
        }
        ThreadPools.shutdownAll(methods);
    }

    /** Daemon threads named after the app; its own instance, so the SDK's pools of other apps are not shut with it. */
    private static final class OwnThreads implements ExecutorServiceProvider {
        private final String name;

        OwnThreads(String name) {
            this.name = name;
        }

        @Override
        public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
            return Threads.pool(name + "-post", poolSize);
        }

        @Override
        public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
            return Threads.timer(name + "-limits");
        }
    }
}
