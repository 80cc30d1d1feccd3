package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.FakeSlack;

/**
 * The bot token's part of readiness in HTTP mode (issue 22: "Slack HTTP serving and its token
 * valid"): what Slack said last about the token, through the Slack SDK's own client against the fake
 * Slack. A 5xx or a 429 is not about us (issue 20 item 1) and changes nothing.
 */
@DisplayName("Readiness of the bot token")
class TokenStandingTest {

    private static final String TOKEN = "xoxb-test-token";

    private final AtomicLong nanos = new AtomicLong();
    private FakeSlack slack;
    private TokenStanding token;
    private MethodsClient client;

    @BeforeEach
    void start() throws Exception {
        slack = new FakeSlack();
        token = new TokenStanding(TOKEN, TokenStanding.RECHECK, nanos::get);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.getHttpClientResponseHandlers().add(token);
        client = Slack.getInstance(config).methods(TOKEN);
        token.askingWith(client);
    }

    @AfterEach
    void stop() {
        token.close();
        slack.close();
        assertThat(slack.violations()).isEmpty();
    }

    private void post() throws Exception {
        client.chatPostMessage(r -> r.channel("DU0ANA").text("hello"));
    }

    private void authTest() {
        try {
            client.authTest(r -> r);
        } catch (Exception hiccup) {
            // a 5xx or a 429 reaches the caller as an exception; readiness is what is checked here
        }
    }

    @Test
    @DisplayName("ready at start (the token was confirmed); a token Slack refuses is not ready, with Slack's error and"
            + " no token; a call Slack takes again makes it ready")
    void followsSlacksWordOnTheToken() throws Exception {
        assertThat(token.problem()).isNull();

        slack.tokens().refuse(TOKEN, "invalid_auth");
        post();
        assertThat(token.problem()).isEqualTo("Slack refuses the bot token (invalid_auth)").doesNotContain(TOKEN);

        slack.tokens().refuse(TOKEN, "token_revoked");
        authTest();
        assertThat(token.problem()).isEqualTo("Slack refuses the bot token (token_revoked)");

        slack.tokens().takeAgain(TOKEN);
        post();
        assertThat(token.problem()).isNull();
    }

    @Test
    @DisplayName("a 5xx, a 429 or a refusal about one method (missing_scope) changes nothing, ready or not")
    void hiccupsChangeNothing() throws Exception {
        slack.failAuthTest(503, 429);
        authTest();
        authTest();
        slack.users().withoutUsersRead();
        client.usersInfo(r -> r.user("U0ANA"));
        assertThat(slack.calls("auth.test")).as("both hiccups answered (the SDK may ask again after one)")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(slack.calls("users.info")).hasSize(1);
        assertThat(token.problem()).as("still ready").isNull();

        slack.tokens().refuse(TOKEN, "account_inactive");
        authTest();
        slack.tokens().takeAgain(TOKEN);
        slack.failAuthTest(502, 429);
        authTest();
        authTest();
        assertThat(token.problem()).as("still refused: a 5xx or 429 is no word on the token")
                .isEqualTo("Slack refuses the bot token (account_inactive)");
    }

    @Test
    @DisplayName("when Slack said nothing for a minute, a probe starts one auth.test in the background, at most one a"
            + " minute, and the next probe reads its answer")
    void aQuietTokenIsAskedAboutOnceAMinute() throws Exception {
        slack.tokens().refuse(TOKEN, "invalid_auth");
        assertThat(token.problem()).as("nothing heard yet, nothing asked within the minute").isNull();
        assertThat(slack.calls("auth.test")).isEmpty();

        nanos.addAndGet(TokenStanding.RECHECK.toNanos());
        assertThat(token.problem()).as("the probe does not wait for auth.test").isNull();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (token.problem() == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(token.problem()).isEqualTo("Slack refuses the bot token (invalid_auth)");
        for (int i = 0; i < 5; i++) {
            token.problem();
        }
        assertThat(slack.calls("auth.test")).as("one auth.test within the minute").hasSize(1);

        slack.tokens().takeAgain(TOKEN);
        nanos.addAndGet(TokenStanding.RECHECK.toNanos());
        token.problem();
        deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (token.problem() != null && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(token.problem()).as("ready again after the next minute's auth.test").isNull();
        assertThat(slack.calls("auth.test")).hasSize(2);
    }
}
