package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.playbook.PlaybookSource;
import rebound.rejection.Contact;
import rebound.rejection.Rejection;

@DisplayName("A community's own playbook folder")
class PlaybookFolderTest {

    @TempDir
    Path folder;

    private void write(String relative, String text) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<String> problems() {
        return PlaybookBundle.check(PlaybookSource.withOverrides(folder)).all();
    }

    @Test
    @DisplayName("overrides one script and keeps every other file built in")
    void overridesOneScript() throws IOException {
        write("scripts/check_in.txt", """
                # our community's check-in
                [warm]
                subject: Hello from the meetup crowd
                body:
                  Hey ${first_name}, a month on from the ${role} interviews: still rooting for ${company}.
                [formal]
                subject: A brief hello
                body:
                  Dear ${name}, I remain interested in ${company}.
                [brief]
                subject: Hi
                body:
                  Hi ${first_name}: still keen on ${company}.
                """);
        assertThat(problems()).isEmpty();
        Playbook playbook = PlaybookBundle.load(PlaybookSource.withOverrides(folder)).playbook();
        Rejection rejection = PlanTableTest.rejection("hired_other", true, "final", "stay_in_touch");
        Contact dana = rejection.contacts().get(2);
        assertThat(playbook.draft("check_in", rejection, dana).body())
                .isEqualTo("Hey Dana, a month on from the Product Designer interviews: still rooting for Acme.");
        assertThat(playbook.draft("thank_you", rejection, dana).body()).contains("Dana");
    }

    @Test
    @DisplayName("reports an unknown variable with its file and line")
    void unknownVariable() throws IOException {
        write("scripts/thanks_anyway.txt", """
                [warm]
                subject: Thanks
                body:
                  Hi ${first_name},
                  See you at ${venue}.
                [formal]
                subject: Thanks
                body:
                  Dear ${name}.
                [brief]
                subject: Thanks
                body:
                  Thanks.
                """);
        assertThat(problems()).singleElement().asString()
                .startsWith(folder.resolve("scripts/thanks_anyway.txt") + ":5: unknown variable ${venue}");
    }

    @Test
    @DisplayName("reports a missing tone and a misspelt tone with file and line")
    void missingTone() throws IOException {
        write("scripts/status_check.txt", """
                [warm]
                subject: Any news?
                body:
                  Hi, any news on the ${role} role?
                [formall]
                subject: Enquiry
                body:
                  Dear team, any news?
                """);
        String file = folder.resolve("scripts/status_check.txt").toString();
        assertThat(problems()).contains(file + ":5: unknown tone [formall]; use [warm], [formal], [brief]",
                file + ": missing tone [formal]: every script needs warm, formal, brief",
                file + ": missing tone [brief]: every script needs warm, formal, brief");
    }

    @Test
    @DisplayName("reports a script of an unknown kind, and a words line the bot needs that is missing")
    void unknownKind() throws IOException {
        write("scripts/thank_yuo.txt", "[warm]\nsubject: x\nbody:\n  y\n");
        write("words.txt", "greeting: Hello\n");
        List<String> problems = problems();
        assertThat(problems).anyMatch(p -> p.startsWith("scripts/thank_yuo.txt: unknown kind 'thank_yuo'"));
        assertThat(problems).anyMatch(p -> p.contains("words.txt") && p.contains("'reminder_status_check:'"));
        assertThat(problems).anyMatch(p -> p.contains("words.txt") && p.contains("'outcome_reference:'"));
    }

    @Test
    @DisplayName("every built-in script, tone and words line is fine")
    void builtInIsFine() {
        assertThat(PlaybookBundle.check(PlaybookSource.builtIn()).all()).isEmpty();
    }

    @Test
    @DisplayName("reports an option value or step id too long for a button's 80-character action")
    void tooLongForAButton() throws IOException {
        String intake = PlaybookSource.builtIn().read("intake.txt").orElseThrow().content()
                .replace("option: final = The final round", "option: " + "f".repeat(41) + " = The final round")
                .replace("[tone]", "[" + "t".repeat(25) + "]");
        write("intake.txt", intake);
        List<String> problems = problems();
        assertThat(problems).anyMatch(p -> p.contains("intake.txt:40:") && p.contains("longer than 40 characters"));
        assertThat(problems).anyMatch(p -> p.contains("step id [" + "t".repeat(25) + "] must be at most 24"));
    }

    @Test
    @DisplayName("a morning that is no time of day, or a city whose zone Java does not know, is reported at start (issue 21)")
    void badClockWords() throws IOException {
        String words = PlaybookSource.builtIn().read("words.txt").orElseThrow().content()
                .replace("reminder_morning: 09:00", "reminder_morning: nine")
                .replace("auckland = Pacific/Auckland", "auckland = Pacific/Aukland");
        write("words.txt", words);
        assertThat(problems()).anySatisfy(p -> assertThat(p).contains("reminder_morning").contains("time of day"))
                .anySatisfy(p -> assertThat(p).contains("zone_names").contains("Pacific/Aukland"));
    }
}
