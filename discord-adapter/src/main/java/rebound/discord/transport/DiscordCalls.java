package rebound.discord.transport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Every call to Discord's REST API that Discord answered, as a metric (issue 22), named and tagged as
 * Slack's ({@code SlackCalls}): {@code rebound.platform.calls} by {@code platform=discord}, the route
 * ({@code method}, such as {@code POST /channels/{id}/messages}) and the answer ({@code 2xx}, {@code 429},
 * {@code 4xx}, {@code 5xx}). A 429 JDA waits out and sends again counts once as 429, then as its answer.
 *
 * <p>No member, channel, interaction token or other id in any tag: every path segment that is not a
 * short lowercase word becomes {@code {id}}. It sits on the HTTP client JDA is given, so it sees each
 * response, retries included.
 */
final class DiscordCalls implements Interceptor {

    static final String NAME = "rebound.platform.calls";
    private static final Pattern WORD = Pattern.compile("[a-z@_-]{1,32}");
    private static final Pattern VERSION = Pattern.compile("v\\d{1,2}");

    /**
     * The HTTP client builder for JDA, set up as JDA's own default (25 requests at once to Discord, 5 idle
     * connections kept 10 s) with this counter added.
     */
    static OkHttpClient.Builder httpClient() {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequestsPerHost(25);
        return new OkHttpClient.Builder().connectionPool(new okhttp3.ConnectionPool(5, 10, java.util.concurrent.TimeUnit.SECONDS))
                .dispatcher(dispatcher).addInterceptor(new DiscordCalls());
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        int code = response.code();
        Counter.builder(NAME).description("Calls to the platform's API, by method and answer")
                .tag("platform", "discord")
                .tag("method", chain.request().method() + " " + route(chain.request().url().pathSegments()))
                .tag("status", code == 429 ? "429" : (code / 100) + "xx")
                .register(Metrics.globalRegistry).increment();
        return response;
    }

    /** The route of a path under the API, ids replaced: {@code /channels/{id}/messages}. */
    static String route(List<String> segments) {
        StringBuilder route = new StringBuilder();
        boolean inApi = false;
        for (String segment : segments) {
            if (!inApi) {
                inApi = VERSION.matcher(segment).matches();
                continue;
            }
            if (!segment.isEmpty()) {
                route.append('/').append(WORD.matcher(segment).matches() ? segment : "{id}");
            }
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
