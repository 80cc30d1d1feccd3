package rebound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Event;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.playbook.PlaybookException;
import rebound.store.DataDirInUse;
import rebound.store.MapDbMemberStore;

@DisplayName("Rebound, the bot every front door talks to")
class ReboundTest {

    @TempDir
    Path data;

    @Test
    @DisplayName("members talking at once each keep every turn, in order, and nothing of anyone else's")
    void manyMembersAtOnce() throws Exception {
        int members = 12;
        int turns = 40;
        try (Rebound bot = Rebound.open(new Settings(data, null, null))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> work = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                String member = "console:m" + m;
                // two threads per member: the member lock must keep their turns apart
                for (int half = 0; half < 2; half++) {
                    int first = half;
                    work.add(pool.submit(() -> {
                        for (int t = first; t < turns; t += 2) {
                            bot.handle(new Inbound(new Member(member), new Event.Text(member + " turn " + t), member + "-" + t));
                        }
                    }));
                }
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
        }
        try (MapDbMemberStore store = MapDbMemberStore.open(data)) {
            for (int m = 0; m < members; m++) {
                String member = "console:m" + m;
                List<String> expected = new ArrayList<>();
                for (int t = 0; t < turns; t++) {
                    expected.add(member + "-" + t);
                }
                assertThat(store.read(member).seen()).as(member).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    @DisplayName("opening Rebound starts or resumes the questions, and shows a returning member their overview")
    void opened() {
        try (Rebound bot = Rebound.open(new Settings(data, null, null))) {
            assertThat(bot.opened(new Member("console:a"))).last().extracting(Outbound::step).isEqualTo("company");
            bot.handle(Inbound.text(new Member("console:a"), "Acme"));
            assertThat(bot.opened(new Member("console:a"))).last().extracting(Outbound::step).isEqualTo("role");
            for (String answer : List.of("Designer", "screen", "hired someone else", "done", "yes", "thank", "warm",
                    "yes")) {
                bot.handle(Inbound.text(new Member("console:a"), answer));
            }
            List<Outbound> back = bot.opened(new Member("console:a"));
            assertThat(back).singleElement().satisfies(home -> {
                assertThat(home.text()).contains("Acme");
                assertThat(home.choices()).extracting(Choice::action).contains("rejected:new", "rejected:update");
            });
        }
    }

    @Test
    @DisplayName("a turn that changes nothing still answers, and a duplicate answers nothing")
    void duplicatesAnswerNothing() {
        try (Rebound bot = Rebound.open(new Settings(data, null, null))) {
            List<Outbound> first = bot.handle(Inbound.text(new Member("console:a"), "hello").withDeliveryId("e1"));
            assertThat(first).isNotEmpty();
            assertThat(bot.handle(Inbound.text(new Member("console:a"), "hello").withDeliveryId("e1"))).isEmpty();
        }
    }

    @Test
    @DisplayName("a second bot on the same data directory is refused, naming the directory")
    void secondBotRefused() {
        try (Rebound bot = Rebound.open(new Settings(data, null, null))) {
            assertThatThrownBy(() -> Rebound.open(new Settings(data, null, null)))
                    .isInstanceOf(DataDirInUse.class).hasMessageContaining(data.toAbsolutePath().toString());
        }
    }

    @Test
    @DisplayName("a playbook folder that does not exist stops start-up with a clear message")
    void missingPlaybookFolder() {
        assertThatThrownBy(() -> Rebound.open(new Settings(data, data.resolve("nope"), null)))
                .isInstanceOf(PlaybookException.class).hasMessageContaining("nope");
    }

    @Test
    @DisplayName("the overview for a home tab offers to start, and to report an outcome once there is something to report on")
    void overview() {
        try (Rebound bot = Rebound.open(new Settings(data, null, null))) {
            Member member = new Member("slack:T1:U1");
            assertThat(bot.overview(member).choices()).extracting(c -> c.action()).containsExactly("rejected:new");
            bot.handle(Inbound.command(member, ""));
            for (String text : List.of("Acme", "Designer", "final", "hired_other", "Dana Smith, hiring manager",
                    "done", "skip", "yes", "thank, stay in touch", "warm", "yes")) {
                bot.handle(Inbound.text(member, text));
            }
            Outbound home = bot.overview(member);
            assertThat(home.text()).contains("Acme");
            assertThat(home.followups()).isNotEmpty();
            assertThat(home.choices()).extracting(c -> c.action()).contains("rejected:new", "rejected:update");
        }
    }
}
