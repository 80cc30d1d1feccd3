package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Member;
import rebound.frontdoor.Inbound;
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("The words Rebound understands come from the playbook")
class VocabularyTest {

    @TempDir
    Path folder;

    private MemberState state = MemberState.empty();

    private void words(String... replaced) throws IOException {
        String words = PlaybookSource.builtIn().read("words.txt").orElseThrow().content();
        for (int i = 0; i < replaced.length; i += 2) {
            words = words.replaceAll("(?m)^" + replaced[i] + ":.*$", Matcher.quoteReplacement(
                    replaced[i] + ": " + replaced[i + 1]));
        }
        Files.writeString(folder.resolve("words.txt"), words);
    }

    private List<Outbound> send(Conversation conversation, String text) {
        Turn turn = conversation.step(state, Inbound.text(new Member("ana"), text), Instant.parse("2026-11-23T10:00:00Z"));
        state = turn.state();
        return turn.messages();
    }

    private static String lastStep(List<Outbound> replies) {
        return replies.get(replies.size() - 1).step();
    }

    @Test
    @DisplayName("a community's own words for done, back and the summary's yes work, and the English ones it left out do not")
    void translated() throws IOException {
        words("understand_done", "fertig, niemand", "understand_back", "zurück", "understand_confirm", "ja, passt",
                "understand_edit", "ändern");
        Conversation conversation = new Conversation(PlaybookBundle.load(PlaybookSource.withOverrides(folder)));
        send(conversation, "/rejected");
        send(conversation, "Acme");
        assertThat(lastStep(send(conversation, "zurück"))).isEqualTo("company");
        send(conversation, "Acme");
        send(conversation, "Designer");
        send(conversation, "final");
        assertThat(lastStep(send(conversation, "they hired someone else"))).isEqualTo("contacts");
        send(conversation, "Dana Smith, recruiter");
        assertThat(lastStep(send(conversation, "done"))).as("'done' is now a name").isEqualTo("contacts");
        assertThat(lastStep(send(conversation, "fertig"))).isEqualTo("told_by");
        assertThat(lastStep(send(conversation, "skip"))).isEqualTo("still_interested");
        send(conversation, "yes");
        send(conversation, "thank");
        assertThat(lastStep(send(conversation, "warm"))).isEqualTo("confirm");
        assertThat(lastStep(send(conversation, "ändern tone"))).isEqualTo("tone");
        send(conversation, "warm");
        assertThat(lastStep(send(conversation, "yes"))).as("'yes' is not the summary's word any more").isEqualTo("confirm");
        send(conversation, "passt");
        assertThat(state.rejections()).hasSize(1);
    }

    @Test
    @DisplayName("a line of words to understand takes no variables, and every one of them must be there")
    void checked() throws IOException {
        words("understand_done", "done, ${company}");
        String words = Files.readString(folder.resolve("words.txt")).replaceAll("(?m)^understand_not:.*$", "");
        Files.writeString(folder.resolve("words.txt"), words);
        List<String> problems = PlaybookBundle.check(PlaybookSource.withOverrides(folder)).all();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("understand_done").contains("no ${variables}"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("missing the line 'understand_not:'"));
    }
}
