package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.slack.fake.FakeSlack;

@DisplayName("Bolt's token re-check, when Slack hiccups mid-run")
class SteadyAuthorizationTest {

    private final FakeSlack slack = new FakeSlack();
    private final Slack sdk;
    private final MethodsClient client;
    private final AppConfig config;

    SteadyAuthorizationTest() throws Exception {
        SlackConfig settings = new SlackConfig();
        settings.setMethodsEndpointUrlPrefix(slack.apiUrl());
        sdk = Slack.getInstance(settings);
        client = sdk.methods("xoxb-steady");
        config = AppConfig.builder().slack(sdk).singleTeamBotToken("xoxb-steady").signingSecret("s").build();
    }

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    @DisplayName("a 503, a 500 or a 429 to the re-check goes on with the answer confirmed before; a fresh answer replaces it")
    void hiccupsKeepTheConfirmedAnswer() throws Exception {
        AuthTestResponse confirmed = TokenCheck.confirm(client);
        SteadyAuthorization authorization = new SteadyAuthorization(config, confirmed);

        slack.failAuthTest(503, 500, 429);
        assertThat(authorization.callAuthTest("xoxb-steady", config, client)).isSameAs(confirmed);
        assertThat(authorization.callAuthTest("xoxb-steady", config, client)).isSameAs(confirmed);
        assertThat(authorization.callAuthTest("xoxb-steady", config, client)).isSameAs(confirmed);

        AuthTestResponse fresh = authorization.callAuthTest("xoxb-steady", config, client);
        assertThat(fresh).isNotSameAs(confirmed);
        assertThat(fresh.isOk()).isTrue();
        assertThat(fresh.getTeamId()).isEqualTo(FakeSlack.TEAM);
    }
}
