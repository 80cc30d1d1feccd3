package rebound.frontdoor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.playbook.PlaybookSource;

/** The heading above a draft is the playbook's words, the same on every front door (issue 19). */
class DraftHeadingTest {

    private final DoorWords words = DoorWords.builtIn();

    @Test
    @DisplayName("a draft to a named person with a part and a subject: whom, their part, the subject")
    void toAndSubject() {
        Draft draft = new Draft("thank_you", "Dana Smith", "recruiter", "Thank you", "Hi Dana,", null);
        assertThat(words.draftHeading(draft)).isEqualTo("*To:* Dana Smith (recruiter)\n*Subject:* Thank you");
    }

    @Test
    @DisplayName("no part, no subject: only what the draft has, never an empty 'To:' or '()'")
    void onlyWhatItHas() {
        assertThat(words.draftHeading(new Draft("thank_you", "Dana Smith", "", "", "Hi Dana,", null)))
                .isEqualTo("*To:* Dana Smith");
        assertThat(words.draftHeading(new Draft("status_check", "", "", "Checking in", "Hello,", null)))
                .isEqualTo("*Subject:* Checking in");
        assertThat(words.draftHeading(new Draft("note", "", "", "", "Hello,", null))).isEmpty();
    }

    @Test
    @DisplayName("a person whose name the member did not catch: the heading names them by their part")
    void partWithoutName() {
        // given a status question to the recruiter, named only by their part
        Draft draft = new Draft("status_check", "", "recruiter", "Checking in", "Hello,", null);
        // then the heading says whom it is for, as the member would: the recruiter
        assertThat(words.draftHeading(draft)).isEqualTo("*To:* the recruiter\n*Subject:* Checking in");
        assertThat(words.draftHeading(new Draft("status_check", "", "hiring manager", "", "Hello,", null)))
                .isEqualTo("*To:* the hiring manager");
    }

    @Test
    @DisplayName("a community rewords the heading in its frontdoor.txt")
    void communityWords(@TempDir Path playbook) throws Exception {
        String builtIn = PlaybookSource.builtIn().require(DoorWords.FILE, new rebound.playbook.Problems()).content();
        Files.writeString(playbook.resolve(DoorWords.FILE), builtIn
                .replace("draft_to: *To:* ${to}", "draft_to: *Para:* ${to}")
                .replace("draft_subject: *Subject:*", "draft_subject: *Asunto:*"));
        DoorWords spanish = DoorWords.load(PlaybookSource.withOverrides(playbook));
        assertThat(spanish.draftHeading(new Draft("thank_you", "Dana Smith", "", "Gracias", "Hola Dana,", null)))
                .isEqualTo("*Para:* Dana Smith\n*Asunto:* Gracias");
    }
}
