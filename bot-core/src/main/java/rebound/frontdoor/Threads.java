package rebound.frontdoor;

import com.google.common.util.concurrent.ThreadFactoryBuilder;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/** The one way front doors make their threads: named ({@code <name>-1}, ...) and daemon, so they never keep a stopped process alive. */
public final class Threads {

    private Threads() {
    }

    /** A factory of daemon threads named {@code name-1}, {@code name-2}, ... */
    public static ThreadFactory daemons(String name) {
        return new ThreadFactoryBuilder().setNameFormat(name + "-%d").setDaemon(true).build();
    }

    /** A fixed pool of {@code threads} daemon threads named after {@code name}. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(threads, daemons(name));
    }

    /** One daemon thread for work that runs later (retries after a wait). */
    public static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemons(name));
    }
}
