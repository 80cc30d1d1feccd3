package rebound.discord.fake;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate limits a test asks for (issue 22): the next calls of a route answered with 429 as Discord answers
 * a route's limit ("Rate Limits" page): {@code Retry-After} in seconds, the {@code X-RateLimit-*} headers
 * of a bucket with scope {@code user}, {@code Via} (present on Discord's own answers, absent on
 * Cloudflare's), and the JSON body with {@code retry_after} and {@code global: false}.
 */
public final class RateLimits {

    private final Map<String, AtomicInteger> limited = new ConcurrentHashMap<>();
    private final AtomicInteger answered = new AtomicInteger();

    /** The next {@code times} calls whose {@code METHOD path} matches {@code route} (a regex) get a 429. */
    public void limit(String route, int times) {
        limited.put(route, new AtomicInteger(times));
    }

    /** How many 429s the fake has answered. */
    public int answered() {
        return answered.get();
    }

    /** Answers {@code call} with a 429 when a test asked for it; returns whether it did. */
    boolean answer(RestCall call, HttpExchange exchange) throws IOException {
        for (Map.Entry<String, AtomicInteger> route : limited.entrySet()) {
            if ((call.method() + " " + call.path()).matches(route.getKey()) && route.getValue().getAndDecrement() > 0) {
                byte[] body = "{\"message\":\"You are being rate limited.\",\"retry_after\":0.2,\"global\":false}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set("Retry-After", "1");
                exchange.getResponseHeaders().set("Via", "1.1 google");
                exchange.getResponseHeaders().set("X-RateLimit-Bucket", "fake-" + Integer.toHexString(route.getKey().hashCode()));
                exchange.getResponseHeaders().set("X-RateLimit-Limit", "5");
                exchange.getResponseHeaders().set("X-RateLimit-Remaining", "0");
                exchange.getResponseHeaders().set("X-RateLimit-Reset-After", "0.2");
                exchange.getResponseHeaders().set("X-RateLimit-Scope", "user");
                exchange.sendResponseHeaders(429, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                answered.incrementAndGet();
                return true;
            }
        }
        return false;
    }
}
