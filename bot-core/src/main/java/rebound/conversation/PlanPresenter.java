package rebound.conversation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.member.MemberState;
import rebound.plan.Plan;
import rebound.plan.Playbook;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;
import rebound.words.Line;

/** The end of the intake: the rejection kept, its plan worked out and shown, each draft in its own message. */
final class PlanPresenter {

    private final Intake intake;
    private final Views views;
    private final Playbook playbook;

    private final ZoneSettings settings;

    PlanPresenter(Intake intake, Views views, Playbook playbook, ZoneSettings settings) {
        this.intake = intake;
        this.settings = settings;
        this.views = views;
        this.playbook = playbook;
    }

    /** Keeps the rejection the answers describe, with its plan, and shows the plan and its drafts. */
    Reply finish(Reply reply, IntakeProgress progress) {
        MemberState state = reply.state().nextId();
        Map<String, String> a = progress.answers();
        List<String> goals = a.getOrDefault("goals", "").isEmpty() ? List.of()
                : Arrays.asList(a.get("goals").split(","));
        Rejection rejection = new Rejection("r" + state.counter(), reply.now(), a.getOrDefault("company", ""),
                a.getOrDefault("role", ""), a.getOrDefault("stage", ""), a.getOrDefault("outcome", ""),
                !"no".equals(a.get("still_interested")), progress.contacts(), goals,
                intake.has("targets") && intake.step("targets").isAsked(a) ? a.getOrDefault("targets", "") : "",
                a.getOrDefault("tone", "warm"), List.of(), List.of(), List.of());
        boolean firstPlan = state.rejections().isEmpty();
        Plan plan = playbook.inZone(state.zone()).plan(rejection, reply.now());
        rejection = views.clock().settle(rejection, rejection.withPlan(plan.drafts(), plan.followUps()),
                state.zone(), reply.now());
        List<FollowUp> followUps = rejection.followUps();
        reply = reply.with(state.withRejection(rejection));

        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        StringBuilder text = new StringBuilder(views.say(Line.PLAN_HEADER, values));
        for (String note : plan.notes()) {
            text.append("\n- ").append(views.words().say(note, values));
        }
        if (plan.drafts().isEmpty()) {
            text.append("\n\n").append(views.say(Line.PLAN_NO_DRAFTS, values));
        }
        if (!followUps.isEmpty()) {
            text.append("\n\n").append(views.say(Line.PLAN_FOLLOWUPS, values));
        }
        for (FollowUp followUp : followUps) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUP, views.followUpVars(followUp, reply.state().zone())));
        }
        reply = reply.sayLong(text.toString(), List.of(), Views.planned(followUps));
        reply = addDrafts(reply, rejection, plan.drafts(), values);
        values.put("when", followUps.isEmpty() ? "" : "later");
        values.put("total", String.valueOf(plan.drafts().size()));
        reply = reply.say(views.say(Line.PLAN_FOOTER, values),
                List.of(views.newChoice(), views.listChoice(), views.updateChoice()));
        return settings.askOnce(reply, firstPlan);
    }

    /**
     * One message per draft, headed by who it is for and which of how many it is, with an "I sent it"
     * button. {@code drafts} are the last ones of {@code rejection}'s drafts (the button names each by
     * its place there).
     */
    Reply addDrafts(Reply reply, Rejection rejection, List<Draft> drafts, Map<String, String> values) {
        int first = rejection.drafts().size() - drafts.size();
        int n = 0;
        for (Draft draft : drafts) {
            Map<String, String> draftValues = new HashMap<>(values);
            draftValues.put("count", String.valueOf(++n));
            draftValues.put("total", String.valueOf(drafts.size()));
            draftValues.put("to", draft.to());
            draftValues.put("part", draft.part());
            draftValues.put("kind", views.kindName(draft.kind()));
            reply = reply.add(Outbound.say(reply.member(), views.say(Line.DRAFT_HEADER, draftValues))
                    .withDrafts(List.of(draft)).withChoices(List.of(sentChoice(rejection, first + n - 1))));
        }
        return reply;
    }

    /** The "I sent it" button under the {@code index}-th draft of a rejection. */
    Choice sentChoice(Rejection rejection, int index) {
        return Action.choice(views.say(Line.CHOICE_SENT), "sent", new Action.Sent(rejection.id(), String.valueOf(index)));
    }
}
