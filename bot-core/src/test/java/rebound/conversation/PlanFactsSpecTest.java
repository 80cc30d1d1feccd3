package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.member.MemberState;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.store.StateJson;

/** The facts the plan needs, asked once and briefly with buttons (issue 12, section 4). */
@DisplayName("Who told the news and whom the member clicked with")
class PlanFactsSpecTest {

    private static final String DANA = "Dana Smith, hiring manager, the move to weekly releases";
    private static final String SAM = "Sam Lee, recruiter, the ledger migration";

    private static Dialogue toldBy(String member, String outcome, String... people) {
        Dialogue bo = Dialogue.with(member).commands("").says("Acme").says("Product Designer").says("final")
                .says(outcome);
        for (String person : people) {
            bo.says(person);
        }
        return bo.says("done");
    }

    @Test
    @DisplayName("who told the news is asked after the people, with a button for each and for an e-mail or silence")
    void askedWithButtons() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).botAsks("told_by");
        assertThat(bo.last().text()).isEqualTo("Who told you the news?");
        assertThat(bo.last().choices()).extracting(Choice::label, Choice::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dana Smith", "answer:told_by:p1"),
                org.assertj.core.groups.Tuple.tuple("Sam Lee", "answer:told_by:p2"),
                org.assertj.core.groups.Tuple.tuple("An e-mail from the company", "answer:told_by:email"),
                org.assertj.core.groups.Tuple.tuple("Nobody, they went silent", "answer:told_by:silence"));
        bo.presses("answer:told_by:p2").botAsks("still_interested");
        assertThat(bo.state().intake().contacts()).extracting(Contact::told).containsExactly(false, true);
    }

    @Test
    @DisplayName("a name typed, or an e-mail, answers it too; it is stored on each person")
    void typed() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).says("sam").botAsks("still_interested");
        assertThat(bo.state().intake().contacts()).extracting(Contact::told).containsExactly(false, true);
        Dialogue cy = toldBy("console:cy", "hired_other", DANA, SAM).says("an automated email").botAsks("still_interested");
        assertThat(cy.state().intake().contacts()).extracting(Contact::told).containsExactly(false, false);
        Dialogue di = toldBy("console:di", "hired_other", DANA, SAM).says("banana").botAsks("told_by");
        // the people are offered once, as the question's choices, not listed again in the hint
        assertThat(di.texts().get(0)).contains("Pick one of the choices below");
        assertThat(di.last().choices()).extracting(c -> c.label()).startsWith("Dana Smith", "Sam Lee");
    }

    @Test
    @DisplayName("is not asked after silence, nor when nobody was named")
    void notAsked() {
        toldBy("console:bo", "ghosted", DANA).botAsks("still_interested");
        Dialogue cy = Dialogue.with("console:cy").commands("").says("Acme").says("Designer").says("applied")
                .says("no openings").botAsks("contacts");
        assertThat(cy.last().choices()).extracting(Choice::label, Choice::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Nobody, it was an e-mail", "answer:contacts:done"));
        cy.presses("answer:contacts:done").botAsks("still_interested");
    }

    @Test
    @DisplayName("with the teller marked, only their thank-you thanks them for the news")
    void onlyTheTellerIsThankedForTheNews() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).says("Sam").says("yes").says("thank")
                .says("warm").botAsks("confirm");
        assertThat(bo.last().text()).contains("*Who told you:* Sam Lee");
        List<Draft> thanks = bo.says("yes").drafts().stream().filter(d -> d.kind().equals("thank_you")).toList();
        assertThat(thanks).extracting(Draft::to).containsExactly("Dana Smith", "Sam Lee");
        List<String> thanksForTheNews = toldSentences();
        assertThat(thanksForTheNews).hasSizeGreaterThan(5);
        assertThat(thanksForTheNews).anyMatch(sentence -> thanks.get(1).body().contains(sentence));
        assertThat(thanksForTheNews).noneMatch(sentence -> thanks.get(0).body().contains(sentence));
        assertThat(bo.state().rejections().get(0).contacts()).extracting(Contact::told).containsExactly(false, true);
    }

    /** The thank-you's sentences that thank the reader for telling the news, for the role asked here. */
    private static List<String> toldSentences() {
        String script = rebound.playbook.PlaybookSource.builtIn().read("scripts/thank_you.txt").orElseThrow().content();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\[if told, named, not after_silence, not outcome=ghosted\\]([^\\[]*)").matcher(script);
        List<String> sentences = new java.util.ArrayList<>();
        while (m.find()) {
            sentences.add(m.group(1).replace("${role}", "Product Designer").replace("${company}", "Acme").strip());
        }
        return sentences;
    }

    @Test
    @DisplayName("whom they clicked with is asked when a reference or staying in touch is wanted and there are two people or more")
    void clickedAsked() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).says("email").says("yes")
                .says("thank, reference").botAsks("clicked_with");
        assertThat(bo.last().multiple()).isTrue();
        assertThat(bo.last().choices()).extracting(Choice::action).containsExactly(
                "answer:clicked_with:p1", "answer:clicked_with:p2", "answer:clicked_with:none");
        bo.says("Sam").botAsks("targets");
        assertThat(bo.state().intake().contacts()).extracting(Contact::clicked).containsExactly(false, true);

        toldBy("console:cy", "hired_other", DANA, SAM).says("email").says("yes").says("thank, feedback")
                .botAsks("tone");
        toldBy("console:di", "hired_other", DANA).says("email").says("yes").says("stay in touch").botAsks("tone");
    }

    @Test
    @DisplayName("with someone marked as clicked with, the reference ask goes only to them")
    void referenceOnlyToWhomTheyClickedWith() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).says("Dana").says("yes").says("thank, reference")
                .says("Sam Lee").says("Globex").says("warm").botAsks("confirm").says("yes");
        List<FollowUp> asks = bo.state().rejections().get(0).followUps().stream()
                .filter(f -> f.kind().equals("reference_request")).toList();
        assertThat(asks).extracting(FollowUp::to).containsExactly("Sam Lee");

        Dialogue unmarked = toldBy("console:cy", "hired_other", DANA, SAM).says("Dana").says("yes")
                .says("thank, reference").says("skip").says("Globex").says("warm").says("yes");
        assertThat(unmarked.state().rejections().get(0).followUps().stream()
                .filter(f -> f.kind().equals("reference_request")).map(FollowUp::to))
                .as("unasked, a remembered topic stands for clicking").contains("Dana Smith", "Sam Lee");
    }

    @Test
    @DisplayName("changing the people asks again only an answer that named one of them")
    void peopleChanged() {
        Dialogue bo = toldBy("console:bo", "hired_other", DANA, SAM).says("Sam").says("yes").says("thank")
                .says("warm").botAsks("confirm").says("edit contacts").botAsks("contacts").says("remove Dana")
                .says("done").botAsks("told_by");
        assertThat(bo.state().intake().contacts()).extracting(Contact::told).containsOnlyNulls();

        Dialogue cy = toldBy("console:cy", "hired_other", DANA, SAM).says("email").says("yes").says("thank")
                .says("warm").says("edit contacts").says("Ana Ruiz, interviewer").says("done").botAsks("confirm");
        assertThat(cy.state().intake().contacts()).extracting(Contact::told).containsExactly(false, false, false);
    }

    @Test
    @DisplayName("what the people step waits for survives the store, on any front door")
    void pendingIsKept() {
        Dialogue bo = Dialogue.with("console:bo").commands("").says("Acme").says("Designer").says("final")
                .says("hired_other").says("Sam, PM");
        MemberState stored = StateJson.read(StateJson.write(bo.state()));
        assertThat(stored).isEqualTo(bo.state());
        assertThat(stored.intake().pending()).isNotNull();
    }
}
