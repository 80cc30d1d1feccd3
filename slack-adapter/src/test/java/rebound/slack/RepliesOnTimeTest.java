package rebound.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Member;
import rebound.frontdoor.DoorWords;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Threads;
import rebound.playbook.PlaybookSource;
import rebound.slack.fake.ApiCall;
import rebound.slack.fake.FakeSlack;

/**
 * When many members talk at once, the workers are busy with their turns. An answer whose DM is
 * known is handed to Slack's paced client by the worker that ran its turn, not queued behind the
 * other members' turns (issue 20, "Answers on time when many members talk at once").
 */
@DisplayName("An answer does not wait behind other members' turns")
class RepliesOnTimeTest {

    private static final String ANA = "UANA";
    private static final String MEMBER = (Members.key(FakeSlack.TEAM, ANA)).key();
    private static final String DM = FakeSlack.dmOf(ANA);

    private final FakeSlack slack;
    private final SdkPacing pacing;
    private final SlackApi dms;
    private final Renderer blocks;
    private final FileUploads files;
    private final ScheduledExecutorService later = Threads.timer("replies-test-retry");
    /** The workers, every one busy with other members' turns: what is handed to them waits here. */
    private final List<Runnable> waiting = new ArrayList<>();
    private final Executor busyWorkers = waiting::add;

    RepliesOnTimeTest() throws Exception {
        slack = new FakeSlack();
        SlackConfig config = new SlackConfig();
        pacing = SdkPacing.on(config);
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        Slack sdk = Slack.getInstance(config);
        dms = new SlackApi(Workspaces.one(sdk.methods("xoxb-test"), sdk.methodsAsync("xoxb-test")));
        DoorWords words = DoorWords.load(PlaybookSource.withOverrides(null));
        blocks = new Renderer(new FormButtons(), words);
        files = new FileUploads(dms, words);
    }

    @AfterEach
    void close() {
        later.shutdownNow();
        pacing.close();
        slack.close();
    }

    private List<String> shownIn(String channel) throws InterruptedException {
        for (int i = 0; i < 500 && slack.posted(channel).isEmpty(); i++) {
            Thread.sleep(10);
        }
        return slack.posted(channel).stream().map(ApiCall::shownText).toList();
    }

    @Test
    @DisplayName("an answer to a DM event reaches Slack while every worker is still busy")
    void answerNotQueuedBehindOtherTurns() throws Exception {
        Replies replies = new Replies(dms, blocks, files, busyWorkers, later);

        // when Ana's turn answers her DM (its id came with her event) and every worker is busy
        replies.send(new Member(MEMBER), DM, List.of(Outbound.say(new Member(MEMBER), "Which company was it?")));

        // then the question is posted all the same
        assertThat(shownIn(DM)).singleElement().asString().contains("Which company was it?");
        assertThat(waiting).isEmpty();
    }

    @Test
    @DisplayName("an answer whose DM must first be opened waits for a worker (conversations.open blocks), then arrives")
    void unknownDmOpenedOnAWorker() throws Exception {
        Replies replies = new Replies(dms, blocks, files, busyWorkers, later);

        // when an answer goes to Ana's DM before its id is known (a /rejected typed in a channel)
        replies.send(new Member(MEMBER), null, List.of(Outbound.say(new Member(MEMBER), "Which company was it?")));

        // then nothing is opened on the turn's thread; once a worker takes it, the question arrives
        assertThat(slack.calls("conversations.open")).isEmpty();
        assertThat(waiting).hasSize(1);
        waiting.remove(0).run();
        assertThat(shownIn(DM)).singleElement().asString().contains("Which company was it?");
    }

    @Test
    @DisplayName("a second answer to the same DM goes after the first, never before it")
    void answersToOneDmInOrder() throws Exception {
        Replies replies = new Replies(dms, blocks, files, Runnable::run, later);

        // when two turns answer Ana's DM one right after the other
        replies.send(new Member(MEMBER), DM, List.of(Outbound.say(new Member(MEMBER), "first answer")));
        replies.send(new Member(MEMBER), DM, List.of(Outbound.say(new Member(MEMBER), "second answer")));
        replies.drained().get(10, java.util.concurrent.TimeUnit.SECONDS);

        // then they were posted in that order
        assertThat(shownIn(DM)).hasSize(2);
        assertThat(shownIn(DM).get(0)).contains("first answer");
        assertThat(shownIn(DM).get(1)).contains("second answer");
    }
}
