package rebound.conversation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import rebound.intake.Option;
import rebound.plan.Playbook;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;

/**
 * The outcomes a member can tell and what follows one, however it was told (a reminder's button or
 * {@code /rejected update}): the plan follows it ({@link Playbook#report}) and the member reads what
 * changed; a new job ends the follow-ups of every rejection (issue 13).
 */
final class Outcomes {

    private final Views views;
    private final Playbook playbook;
    private final PlanPresenter plans;
    /** The outcomes a member can tell, labelled by words.txt's {@code choice_outcome_<outcome>}. */
    private final List<Option> options;

    Outcomes(Views views, Playbook playbook, PlanPresenter plans) {
        this.views = views;
        this.playbook = playbook;
        this.plans = plans;
        this.options = Playbook.OUTCOMES.stream()
                .map(o -> new Option(o, views.words().say("choice_outcome_" + o), wordsFor(views, o))).toList();
    }

    /**
     * The words that name an outcome in a typed update ("Noor offered to refer me to Vercel", "got a job at
     * Vercel!!"): words.txt's optional {@code words_for_outcome_<outcome>:} line (issue 18), else none.
     */
    private static List<String> wordsFor(Views views, String outcome) {
        String key = "words_for_outcome_" + outcome;
        if (!views.words().has(key)) {
            return List.of();
        }
        return java.util.Arrays.stream(views.words().say(key).split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Every outcome, in {@link Playbook#OUTCOMES}' order, with its label. */
    List<Option> options() {
        return options;
    }

    /** What someone who replied may have said ({@link Playbook#SAID}), with their labels. */
    List<Option> said() {
        return Playbook.SAID.stream().map(said -> options.stream().filter(o -> o.value().equals(said)).findFirst()
                .orElseThrow()).toList();
    }

    /**
     * A new job (issue 13): every pending follow-up of every rejection ends, each rejection keeps it in its
     * history, and the member hears a kind word rather than a plan.
     */
    Reply newJob(Reply reply, Rejection told) {
        int stopped = 0;
        for (Rejection rejection : reply.state().rejections()) {
            if (!rejection.id().equals(told.id()) && rejection.pendingFollowUps().isEmpty()) {
                continue;
            }
            Playbook.Update update = playbook.inZone(reply.state().zone()).report(rejection, "new_job", "",
                    reply.now());
            stopped += rejection.pendingFollowUps().size() - update.rejection().pendingFollowUps().size();
            reply = reply.with(reply.state().changeRejection(rejection.id(), r -> update.rejection()));
        }
        Map<String, String> values = views.rejectionVars(told, reply.state().zone());
        values.put("stopped", stopped == 0 ? "" : String.valueOf(stopped));
        return reply.say(views.words().say("outcome_new_job", values), List.of(views.listChoice()));
    }

    /**
     * The plan follows what {@code to} said ({@link Playbook#report}); the member reads what changed, truly:
     * the follow-ups stopped, the drafts and the reminders added, or that nothing else moved.
     */
    Reply report(Reply reply, Rejection rejection, String outcome, String to, String detail) {
        Playbook.Update update = playbook.inZone(reply.state().zone()).report(rejection, outcome, to, detail,
                reply.now());
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> update.rejection()));
        // the dates the member reads are the ones stored at the turn's end: in their morning, on a day notes go out
        Rejection stored = views.clock().settle(rejection, update.rejection(), reply.state().zone(), reply.now());
        List<FollowUp> added = views.clock().inMorning(update.added(), reply.state().zone(), reply.now());
        Map<String, String> values = views.rejectionVars(update.rejection(), reply.state().zone());
        List<HistoryEntry> history = update.rejection().history();
        values.put("to", history.get(history.size() - 1).to());
        List<FollowUp> ended = rejection.pendingFollowUps().stream()
                .filter(f -> update.rejection().pendingFollowUps().stream().noneMatch(f::equals)).toList();
        values.put("stopped", ended.isEmpty() ? "" : "yes");
        values.put("stopped_kinds", ended.stream().map(f -> views.kindName(f.kind())).distinct()
                .collect(Collectors.joining(", ")));
        FollowUp next = stored.pendingFollowUps().stream()
                .min(Comparator.comparing(FollowUp::due)).orElse(null);
        values.put("date", next == null ? "" : views.date(next.due(), reply.state().zone()));
        if (next != null) {
            values.put("kind", views.kindName(next.kind()));
        }
        values.put("drafts", update.drafts().isEmpty() ? "" : String.valueOf(update.drafts().size()));
        values.put("what", detail);
        StringBuilder text = new StringBuilder(views.words().say("outcome_" + outcome, values));
        for (String note : update.notes()) {
            text.append("\n- ").append(views.words().say(note, values));
        }
        if (!update.added().isEmpty()) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUPS, values));
        }
        for (FollowUp f : added) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUP, views.followUpVars(f, reply.state().zone())));
        }
        boolean asksMore = outcome.equals("replied");
        reply = reply.sayLong(text.toString(), update.drafts().isEmpty() && !asksMore ? List.of(views.listChoice())
                : List.of(), Views.planned(added));
        reply = plans.addDrafts(reply, update.rejection(), update.drafts(), values);
        return update.drafts().isEmpty() ? reply
                : reply.say(views.say(Line.PLAN_FOOTER, values), List.of(views.listChoice(), views.updateChoice()));
    }
}
