package rebound.slack.transport;

import com.slack.api.util.http.listener.HttpResponseListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Every Web API call Slack answered, as a metric: {@code rebound.platform.calls}, counted by
 * {@code platform=slack}, the API method ({@code chat.postMessage}) and the answer ({@code 2xx},
 * {@code 429}, {@code 4xx}, {@code 5xx}). The SDK tells each listener of every response it parsed.
 * No member or channel in any tag. Given to the SDK's config ({@code SlackConfig#getHttpClientResponseHandlers}),
 * like Discord's {@code DiscordCalls} on JDA's HTTP client.
 */
public final class SlackCalls extends HttpResponseListener {

    /** Counts one response: its API method (from the URL's last segment) and its status class. */
    @Override
    public void accept(State state) {
        okhttp3.Response response = state.getResponse();
        if (response == null) {
            return;
        }
        java.util.List<String> path = response.request().url().pathSegments();
        String method = path.isEmpty() ? "?" : path.get(path.size() - 1);
        if (!method.matches("[a-zA-Z.]{1,60}")) {
            method = "other";
        }
        int code = response.code();
        String status = code == 429 ? "429" : (code / 100) + "xx";
        Counter.builder("rebound.platform.calls").description("Calls to the platform's API, by method and answer")
                .tag("platform", "slack").tag("method", method).tag("status", status)
                .register(Metrics.globalRegistry).increment();
    }
}
