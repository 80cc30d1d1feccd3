package rebound.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import rebound.intake.Intake;
import rebound.intake.Option;
import rebound.intake.Step;
import rebound.plan.PlaybookBundle;
import rebound.playbook.PlaybookSource;

@DisplayName("Actions: what a pressed choice carries back")
class ActionTest {

    @Test
    @DisplayName("keep the wire strings of earlier versions, so old buttons and the JSON-lines contract still work")
    void wireFormat() {
        assertThat(new Action.Start().encode()).isEqualTo("start");
        assertThat(new Action.Command("list").encode()).isEqualTo("rejected:list");
        assertThat(new Action.Answer("stage", "final").encode()).isEqualTo("answer:stage:final");
        assertThat(new Action.Edit("confirm", "tone").encode()).isEqualTo("edit:confirm:tone");
        assertThat(new Action.Control(IntakeControl.SKIP).encode()).isEqualTo("control:skip");
        assertThat(new Action.Forget(true).encode()).isEqualTo("forget:yes");
        assertThat(new Action.Forget(false).encode()).isEqualTo("forget:no");
        assertThat(new Action.PickRejection("r2").encode()).isEqualTo("update:r2");
        assertThat(new Action.Snooze("r1", "r1-f2").encode()).isEqualTo("followup:r1:r1-f2:snooze");
        assertThat(new Action.Stop("r1", "r1-f2").encode()).isEqualTo("followup:r1:r1-f2:stop");
        assertThat(new Action.StopAll("r1", "r1-f2").encode()).isEqualTo("followup:r1:r1-f2:stopall");
        assertThat(new Action.Show("r1", "r1-f2").encode()).isEqualTo("followup:r1:r1-f2:show");
        assertThat(new Action.Cadence("r1", "r1-f2", "monthly").encode()).isEqualTo("cadence:r1:r1-f2:monthly");
        assertThat(new Action.Outcome("r1", "-", "replied").encode()).isEqualTo("followup:r1:-:replied");
        assertThat(new Action.Answered("r1", "team", "feedback").encode()).isEqualTo("answered:r1:team:feedback");
        assertThat(new Action.ReferredTo("r1", "0", "any").encode()).isEqualTo("referral:r1:0:any");
        assertThat(new Action.Person("remove", "1:dana").encode()).isEqualTo("person:remove:1:dana");
        assertThat(new Action.Person("part", "team_member").encode()).isEqualTo("person:part:team_member");
    }

    @Test
    @DisplayName("parse what they encode, each kind back to itself")
    void roundTrip() {
        List<Action> all = List.of(new Action.Start(), new Action.Command("new"), new Action.Command(""),
                new Action.Answer("goals", "thank"), new Action.Edit("confirm", "company"),
                new Action.Control(IntakeControl.BACK), new Action.Control(IntakeControl.HELP),
                new Action.Forget(true), new Action.Forget(false), new Action.PickRejection("r12"),
                new Action.Snooze("r3", "r3-f1"), new Action.Stop("r3", "-"), new Action.StopAll("r3", "r3-f1"), new Action.Cadence("r3", "r3-f1", "usual"), new Action.Outcome("r3", "r3-f1", "declined"),
                new Action.Answered("r3", "?", "?"), new Action.Answered("r3", "12", "new_job"),
                new Action.ReferredTo("r3", "team", "2"),
                new Action.Person("fix", "0:priya"), new Action.Person("remove", "11:-"),
                new Action.Person("part", "hiring_manager"), new Action.Show("r500", "r500-f12"));
        for (Action action : all) {
            assertThat(Action.parse(action.encode())).as(action.encode()).contains(action);
        }
    }

    @Test
    @DisplayName("read anything else as nothing, which the conversation answers as a stale button")
    void unknown() {
        for (String wire : List.of("", "nope", "answer:stage", "edit:confirm", "followup:r1:snooze",
                "followup:r1:f:x:y", "control:dance", "person:dance:1:x", "person:fix", "x".repeat(81))) {
            assertThat(Action.parse(wire)).as(wire).isEmpty();
        }
    }

    @Test
    @DisplayName("fit 80 characters for every choice of the built-in intake, so Discord needs no table of short codes")
    void fitEightyCharacters() {
        Intake intake = PlaybookBundle.load(PlaybookSource.builtIn()).intake();
        List<String> encoded = new ArrayList<>();
        for (Step step : intake.steps()) {
            encoded.add(new Action.Edit("confirm", step.id()).encode());
            for (Option option : step.options()) {
                encoded.add(new Action.Answer(step.id(), option.value()).encode());
            }
        }
        encoded.add(new Action.Outcome("r" + Integer.MAX_VALUE, "r" + Integer.MAX_VALUE + "-f" + Integer.MAX_VALUE,
                "reference").encode());
        encoded.add(new Action.StopAll("r" + Integer.MAX_VALUE, "r" + Integer.MAX_VALUE + "-f" + Integer.MAX_VALUE)
                .encode());
        encoded.add(new Action.Cadence("r" + Integer.MAX_VALUE, "r" + Integer.MAX_VALUE + "-f" + Integer.MAX_VALUE,
                "monthly").encode());
        for (String outcome : rebound.plan.Playbook.OUTCOMES) {
            encoded.add(new Action.Answered("r" + Integer.MAX_VALUE, "999", outcome).encode());
        }
        encoded.add(new Action.ReferredTo("r" + Integer.MAX_VALUE, "999", "any").encode());
        // the longest an intake may make one: ids and values at the playbook check's limits
        encoded.add(new Action.Answer("s".repeat(24), "v".repeat(40)).encode());
        assertThat(encoded).allSatisfy(wire -> assertThat(wire.length()).as(wire).isLessThanOrEqualTo(Action.LONGEST));
    }

    @Test
    @DisplayName("every choice the conversation offers parses as an action")
    void offeredChoicesParse() {
        Dialogue alice = Dialogue.with("alice").throughIntake("hired_other", "yes", "thank",
                "Dana Smith, hiring manager, the move to weekly releases");
        List<String> offered = new ArrayList<>();
        alice.replies().forEach(m -> m.choices().forEach(c -> offered.add(c.action())));
        alice.says("yes").replies().forEach(m -> m.choices().forEach(c -> offered.add(c.action())));
        alice.commands("forget").replies().forEach(m -> m.choices().forEach(c -> offered.add(c.action())));
        assertThat(offered).isNotEmpty().allSatisfy(wire -> assertThat(Action.parse(wire)).as(wire).isPresent());
    }
}
