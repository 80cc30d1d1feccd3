package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rebound.frontdoor.Draft;
import rebound.playbook.PlaybookSource;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/** The plan's rules are a playbook file too: a community can change who gets what, and when. */
@DisplayName("plan.txt, the plan's rules as data")
class PlanFileTest {

    @TempDir
    Path folder;

    private static final String BUILT_IN = PlaybookSource.builtIn().read(PlanRules.FILE).orElseThrow().content();

    private Path write(String text) throws IOException {
        Path file = folder.resolve(PlanRules.FILE);
        Files.writeString(file, text);
        return file;
    }

    private List<String> problems() {
        return PlaybookBundle.check(PlaybookSource.withOverrides(folder)).all();
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + fragment);
    }

    @Test
    @DisplayName("a community can check in after two weeks and leave out the three-month note")
    void communityTiming() throws IOException {
        write(BUILT_IN.replace("remind: check_in to clicked after 30 days", "remind: check_in to clicked after 14 days")
                .replace("remind: hire_check to key after 90 days\n", ""));
        assertThat(problems()).isEmpty();
        Playbook playbook = PlaybookBundle.load(PlaybookSource.withOverrides(folder)).playbook();
        Plan plan = playbook.plan(PlanTableTest.rejection("hired_other", true, "final", "stay_in_touch"),
                PlanTableTest.NOW);
        assertThat(plan.followUps()).extracting(f -> f.kind() + "@" + Duration.between(PlanTableTest.NOW, f.due())
                .toDays()).containsExactly("check_in@14", "check_in@14", "share_opportunity@75");
    }

    @Test
    @DisplayName("the days notes go out are the playbook's: Monday to Friday, a community may add Saturday, and a day "
            + "that is not one is reported on its line")
    void daysNotesGoOut() throws IOException {
        // given the built-in playbook: Monday to Friday
        assertThat(PlaybookBundle.load(PlaybookSource.builtIn()).playbook().workingDays().days()).containsExactly(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        // when a community's notes also go out on Saturdays
        String saturdays = BUILT_IN.replace("notes go out: monday, tuesday, wednesday, thursday, friday",
                "notes go out: Monday, Tuesday, Wednesday, Thursday, Friday, Saturday");
        write(saturdays);
        assertThat(problems()).isEmpty();
        assertThat(PlaybookBundle.load(PlaybookSource.withOverrides(folder)).playbook().workingDays().days())
                .contains(DayOfWeek.SATURDAY).doesNotContain(DayOfWeek.SUNDAY);
        // when a day is misspelt, or the line names none
        String typo = BUILT_IN.replace("notes go out: monday,", "notes go out: munday,");
        write(typo);
        assertThat(problems()).singleElement().asString().contains(":" + lineOf(typo, "notes go out: munday") + ": ")
                .contains("unknown day 'munday'");
        write(BUILT_IN.replace("notes go out: monday, tuesday, wednesday, thursday, friday", "notes go out: ,"));
        assertThat(problems()).singleElement().asString().contains("names no day");
        // without the line: Monday to Friday
        write(BUILT_IN.replace("notes go out: monday, tuesday, wednesday, thursday, friday\n", ""));
        assertThat(problems()).isEmpty();
        assertThat(PlaybookBundle.load(PlaybookSource.withOverrides(folder)).playbook().workingDays().days())
                .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).hasSize(5);
    }

    @Test
    @DisplayName("a community can thank only the hiring manager, and write a new guidance line for it")
    void communityRecipients() throws IOException {
        write(BUILT_IN.replace("write: thank_you to everyone or team\n",
                        "write: thank_you to manager\nnote: note_one_person\n")
                .replace("note order: note_not_interested,", "note order: note_one_person, note_not_interested,"));
        Files.writeString(folder.resolve("words.txt"), PlaybookSource.builtIn().read("words.txt").orElseThrow()
                .content());
        assertThat(problems()).singleElement().asString()
                .isEqualTo(folder.resolve("words.txt") + ": missing the line 'note_one_person:' that Rebound needs");

        Files.writeString(folder.resolve("words.txt"), "note_one_person: One note to the manager is enough.\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(problems()).isEmpty();
        Plan plan = PlaybookBundle.load(PlaybookSource.withOverrides(folder)).playbook()
                .plan(PlanTableTest.rejection("hired_other", true, "final", "thank"), PlanTableTest.NOW);
        assertThat(plan.drafts()).extracting(d -> d.kind() + ">" + d.to()).containsExactly("thank_you>Dana Smith");
        assertThat(plan.notes()).startsWith("note_one_person");
    }

    @Test
    @DisplayName("reports an unknown kind, recipient, note, step, value, event, outcome and follow-up kind with file and line")
    void validator() throws IOException {
        String text = BUILT_IN
                .replace("write: thank_you to everyone", "write: thank_yuo to everyone")
                .replace("write: reference_request to clicked\nnote: note_reference\n\n# Seed 003",
                        "write: reference_request to the manager\nnote: note_reference\n\n# Seed 003")
                .replace("note: note_not_now", "note: note_not_soon")
                .replaceFirst("when: goals has feedback", "when: goal has feedback")
                .replace("remind: check_in to clicked after 30 days", "remind: coffee to clicked after 30 days")
                .replace("write: courteous_close to key or team", "write: courteous_close to them")
                .replace("on: reopened", "on: rehired")
                .replaceFirst("when: outcome is hired_other\n", "when: outcome is hired_othr\n")
                .replace("when: people is several", "when: people is many")
                .replace("reminder offers: status_check = replied, reopened", "reminder offers: status_check = replied, "
                        + "rehired")
                .replace("reminder offers: hire_check =", "reminder offers: hire_chek =");
        Path file = write(text);
        assertThat(problems()).containsExactlyInAnyOrder(
                file + ":" + lineOf(text, "thank_yuo") + ": unknown kind 'thank_yuo'; the playbook knows "
                        + String.join(", ", Playbook.KINDS),
                file + ":" + lineOf(text, "to the manager") + ": unknown recipient 'the manager'; use key, "
                        + "manager, manager or team, clicked, key if clicked, everyone, key or team, in touch, everyone or team, recruiter or key or team, them",
                file + ":" + lineOf(text, "note_not_soon") + ": unknown note 'note_not_soon'; add it to "
                        + "'note order' (and a line in words.txt)",
                file + ":" + lineOf(text, "goal has") + ": unknown step 'goal' in 'when'; use an intake step or "
                        + "people, met, clicked, proposed, earlier, referred_to, asks",
                file + ":" + lineOf(text, "coffee") + ": unknown follow-up kind 'coffee'; a reminder can propose "
                        + String.join(", ", Playbook.FOLLOW_UP_KINDS),
                file + ":" + lineOf(text, "courteous_close to them") + ": 'them' is the person an outcome is "
                        + "about: only in rules 'on:' an outcome",
                file + ":" + lineOf(text, "on: rehired") + ": unknown event 'rehired'; use plan or one of "
                        + String.join(", ", Playbook.OUTCOMES),
                file + ":" + lineOf(text, "hired_othr") + ": unknown value 'hired_othr' for outcome; known: "
                        + "hired_other, internal, no_openings, on_hold, rescinded, ghosted, other",
                file + ":" + lineOf(text, "people is many") + ": unknown value 'many' for people; known: "
                        + "none, one, several",
                file + ":" + lineOf(text, "replied, rehired") + ": unknown outcome 'rehired'; known: "
                        + String.join(", ", Playbook.OUTCOMES),
                file + ":" + lineOf(text, "hire_chek") + ": unknown follow-up kind 'hire_chek'; a reminder can "
                        + "propose " + String.join(", ", Playbook.FOLLOW_UP_KINDS));
    }

    @Test
    @DisplayName("the built-in rules bring a share_opportunity back every 90 days after each delivery, twice in all, then stop")
    void repeats() {
        Playbook playbook = PlanTableTest.PLAYBOOK;
        Rejection rejection = PlanTableTest.rejection("hired_other", true, "final", "stay_in_touch");
        rejection = rejection.withPlan(List.of(), playbook.plan(rejection, PlanTableTest.NOW).followUps());
        FollowUp share = rejection.followUps().stream().filter(f -> f.kind().equals("share_opportunity"))
                .findFirst().orElseThrow();
        Rejection after = playbook.afterDelivery(rejection, share.delivered(share.due()), share.due());
        assertThat(after.pendingFollowUps()).filteredOn(f -> f.kind().equals("share_opportunity"))
                .extracting(FollowUp::due).containsExactly(share.due(), share.due().plus(Duration.ofDays(90)));
        FollowUp second = after.pendingFollowUps().stream().filter(f -> f.kind().equals("share_opportunity")
                && f.due().isAfter(share.due())).findFirst().orElseThrow();
        Rejection afterSecond = playbook.afterDelivery(after, second.delivered(second.due()), second.due());
        assertThat(afterSecond).as("a repeating follow-up ends").isEqualTo(after);
        FollowUp checkIn = rejection.followUps().get(0);
        assertThat(playbook.afterDelivery(rejection, checkIn.delivered(checkIn.due()), checkIn.due()))
                .isEqualTo(rejection);
    }

    @Test
    @DisplayName("a reported outcome follows the rules: a declined ask gets thanks anyway, nudges stop")
    void outcomes() {
        Playbook playbook = PlanTableTest.PLAYBOOK;
        Rejection ghosted = PlanTableTest.rejection("ghosted", true, "final", "reference");
        ghosted = ghosted.withPlan(List.of(), playbook.plan(ghosted, PlanTableTest.NOW).followUps());
        Playbook.Update update = playbook.report(ghosted, "declined", "Ana Ruiz", PlanTableTest.NOW);
        assertThat(update.drafts()).extracting(Draft::kind, Draft::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("thanks_anyway", "Ana Ruiz"));
        assertThat(update.rejection().pendingFollowUps()).isEmpty();
        assertThat(update.rejection().history()).extracting(h -> h.what() + ">" + h.to())
                .containsExactly("outcome:declined>Ana Ruiz");

        Playbook.Update waiting = playbook.report(ghosted, "no_answer", "", PlanTableTest.NOW);
        assertThat(waiting.drafts()).isEmpty();
        assertThat(waiting.rejection().pendingFollowUps()).as("two nudges at most").hasSize(2);
    }
}
