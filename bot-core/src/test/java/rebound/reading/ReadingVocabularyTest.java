package rebound.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.playbook.PlaybookException;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;

@DisplayName("people.txt and topics.txt: a community's copy, checked with file and line")
class ReadingVocabularyTest {

    @TempDir
    Path dir;

    @Test
    void theBuiltInFilesHaveNoProblem() {
        Problems problems = new Problems();
        ReadingVocabulary vocabulary = ReadingVocabulary.load(PlaybookSource.builtIn(), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(vocabulary.partOrder()).containsExactlyInAnyOrderElementsOf(ReadingVocabulary.PART_IDS);
        assertThat(vocabulary.partLabel("team_member")).isEqualTo("team member");
    }

    @Test
    @DisplayName("a community adds a word and Rebound reads it, without recompiling")
    void anOverrideExtendsTheVocabulary() throws Exception {
        String people = builtIn("people.txt").replace("word: other, referrer", "word: other, mentor, referrer");
        Files.writeString(dir.resolve("people.txt"), people);
        ReadingVocabulary vocabulary = ReadingVocabulary.load(PlaybookSource.withOverrides(dir));
        assertThat(new ContactReader(vocabulary).read("Ada, mentor").partGiven()).isTrue();
        assertThat(new ContactReader(ReadingVocabulary.load(PlaybookSource.builtIn())).read("Ada, mentor").topic())
                .isEqualTo("mentor");
    }

    @Test
    @DisplayName("every problem names its file and line")
    void problemsNameFileAndLine() throws Exception {
        Files.writeString(dir.resolve("people.txt"), """
                [part hiring_manager]
                label: hiring manager
                word: hm
                [part boss]
                word: boss
                [ask pm]
                question: Which?
                choice: product = A product manager
                colour: blue
                """);
        Files.writeString(dir.resolve("topics.txt"), """
                [topics]
                longest topic: many
                [pronouns she]
                subject: she
                """);
        assertThatThrownBy(() -> ReadingVocabulary.load(PlaybookSource.withOverrides(dir)))
                .isInstanceOf(PlaybookException.class)
                .satisfies(e -> assertThat(((PlaybookException) e).problems()).anySatisfy(p ->
                                assertThat(p).contains("people.txt:4:").contains("unknown part 'boss'"))
                        .anySatisfy(p -> assertThat(p).contains("people.txt:8:").contains("part id"))
                        .anySatisfy(p -> assertThat(p).contains("people.txt:9:").contains("unknown key 'colour'"))
                        .anySatisfy(p -> assertThat(p).contains("missing the block [part recruiter]"))
                        .anySatisfy(p -> assertThat(p).contains("topics.txt:2:").contains("number of words"))
                        .anySatisfy(p -> assertThat(p).contains("topics.txt:3:").contains("needs 'object:'"))
                        .anySatisfy(p -> assertThat(p).contains("missing the block [to the reader]")));
    }

    private static String builtIn(String file) {
        return PlaybookSource.builtIn().read(file).orElseThrow().content();
    }
}
