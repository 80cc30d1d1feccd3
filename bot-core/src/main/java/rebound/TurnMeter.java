package rebound;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Turns as metrics (Micrometer's global registry, read by the probe port's {@code /metrics}):
 * {@code rebound.turns}, a timer from the member's event to the durable replies, tagged with the
 * outcome ({@code saved}, {@code not_saved}, {@code unreadable}, {@code failed}). No member in any tag.
 */
final class TurnMeter {

    private TurnMeter() {
    }

    static void record(String outcome, long nanos) {
        Timer.builder("rebound.turns").description("Turns: a member's event to the durable replies")
                .tag("outcome", outcome).register(Metrics.globalRegistry).record(nanos, TimeUnit.NANOSECONDS);
    }
}
