package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import rebound.slack.fake.FakeSlack;
import rebound.slack.transport.HttpTransport;

/**
 * Someone adding Rebound to their workspace with a browser, as Slack's OAuth flow has them do it:
 * open {@code /slack/install}, follow its redirect to Slack's authorize page (its {@code state}, and
 * the state cookie the app set), say yes there (the fake gives the one-time {@code code}), and come
 * back to {@code /slack/oauth_redirect?code=..&state=..} with the cookie. Redirects are not followed
 * by the client: each step is checked.
 */
final class Installer {

    /** What the install page gave: the authorize URL's query, and the cookie to send back. */
    record Started(Map<String, String> authorize, String cookie) {
        String state() {
            return authorize.get("state");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Function<String, URI> app;
    private final FakeSlack slack;

    /** @param app the app's address of a path */
    Installer(Function<String, URI> app, FakeSlack slack) {
        this.app = app;
        this.slack = slack;
    }

    /** Installs the app in {@code team} from start to end; returns the redirect's answer (checked 200). */
    HttpResponse<String> install(String team, String teamName, String installer) throws Exception {
        Started started = start();
        String code = slack.installs().approve(team, teamName, installer);
        HttpResponse<String> done = back(code, started.state(), started.cookie());
        assertThat(done.statusCode()).as("the install completes: %s", done.body()).isEqualTo(200);
        return done;
    }

    /** {@code GET /slack/install}: checked to redirect to Slack's authorize page with a state and its cookie. */
    Started start() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(app.apply(HttpTransport.INSTALL)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("the install page redirects to Slack").isEqualTo(302);
        URI authorize = URI.create(page.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.getHost()).isEqualTo("slack.com");
        assertThat(authorize.getPath()).isEqualTo("/oauth/v2/authorize");
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : authorize.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        return new Started(query, cookie.substring(0, cookie.indexOf(';')));
    }

    /** Slack's redirect back to the app, as the browser makes it (with {@code cookie}, or none when null). */
    HttpResponse<String> back(String code, String state, String cookie) throws Exception {
        String query = "code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + (state == null ? "" : "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.apply(HttpTransport.INSTALL_REDIRECT)
                + "?" + query));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
