package rebound.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rebound.intake.Option;
import rebound.intake.OptionMatcher;
import rebound.playbook.Playbook;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Vocabulary;
import rebound.words.Vocabulary.Meaning;

/**
 * What happened after a rejection: the reminder of a due follow-up, "remind me later", stopping the
 * follow-ups, and telling an outcome (pressed on a reminder, or through {@code /rejected update}).
 */
final class FollowUps {

    private final Views views;
    private final Playbook playbook;
    private final Vocabulary vocabulary;
    private final OptionMatcher matcher;
    private final PlanPresenter plans;
    /** The outcomes a member can tell, labelled by words.txt's {@code choice_outcome_<outcome>}. */
    private final List<Option> outcomes;

    FollowUps(Views views, Playbook playbook, Vocabulary vocabulary, OptionMatcher matcher, PlanPresenter plans) {
        this.views = views;
        this.playbook = playbook;
        this.vocabulary = vocabulary;
        this.matcher = matcher;
        this.plans = plans;
        this.outcomes = Playbook.OUTCOMES.stream()
                .map(o -> new Option(o, views.words().say("choice_outcome_" + o), List.of())).toList();
    }

    /** The message that offers a due follow-up, with its draft ready to copy. */
    Outbound reminder(String member, Rejection rejection, FollowUp followUp) {
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("to", followUp.to());
        values.put("kind", views.kindName(followUp.kind()));
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            if (playbook.offers(followUp.kind(), outcome.value())) {
                choices.add(Choice.of(outcome.label(), outcome.value(),
                        new Action.Outcome(rejection.id(), followUp.id(), outcome.value())));
            }
        }
        choices.add(Choice.of(views.say(Line.CHOICE_SNOOZE), "snooze", new Action.Snooze(rejection.id(), followUp.id())));
        choices.add(Choice.of(views.say(Line.CHOICE_STOP), "stop", new Action.Stop(rejection.id(), followUp.id())));
        return Outbound.say(member, views.words().say("reminder_" + followUp.kind(), values))
                .withDrafts(List.of(playbook.draftFor(rejection, followUp)))
                .withChoices(choices)
                .asReminder();
    }

    /** {@code /rejected update}: asks which rejection (or straight what happened, when there is one). */
    Reply askWhich(Reply reply) {
        List<Rejection> rejections = reply.state().rejections();
        if (rejections.isEmpty()) {
            return reply.say(views.say(Line.UPDATE_NONE), List.of(views.startChoice()));
        }
        if (rejections.size() == 1) {
            return askOutcome(reply, rejections.get(0).id());
        }
        StringBuilder text = new StringBuilder(views.say(Line.UPDATE_WHICH));
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < rejections.size(); i++) {
            Rejection r = rejections.get(i);
            Map<String, String> values = views.rejectionVars(r);
            values.put("count", String.valueOf(i + 1));
            text.append('\n').append(views.say(Line.UPDATE_WHICH_ITEM, values));
            choices.add(Choice.of(Playbook.cut(r.company() + ", " + r.role(), 70), r.id(), new Action.PickRejection(r.id())));
        }
        return reply.with(reply.state().awaiting(new Awaiting.RejectionPick()))
                .sayLong(text.toString(), choices, List.of());
    }

    Reply askOutcome(Reply reply, String rejectionId) {
        Rejection rejection = reply.state().rejection(rejectionId);
        if (rejection == null) {
            return views.stale(reply);
        }
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes) {
            choices.add(Choice.of(outcome.label(), outcome.value(),
                    new Action.Outcome(rejectionId, Action.Outcome.NO_FOLLOW_UP, outcome.value())));
        }
        Map<String, String> values = views.rejectionVars(rejection);
        values.put("options", Views.optionList(outcomes));
        return reply.with(reply.state().awaiting(new Awaiting.OutcomeOf(rejectionId)))
                .say(views.say(Line.UPDATE_WHAT, values), choices);
    }

    /** Text typed while asked which rejection ({@code pick}) or what happened with one. */
    Reply answerUpdate(Reply reply, String text, Awaiting awaiting) {
        if (vocabulary.means(Meaning.CANCEL, text)) {
            return reply.with(reply.state().awaiting(Awaiting.NOTHING)).say(views.say(Line.FORGET_KEPT));
        }
        if (awaiting instanceof Awaiting.OutcomeOf asked) {
            Optional<Option> outcome = matcher.one(text, outcomes);
            return outcome.isEmpty() ? askOutcome(reply.say(views.say(Line.UPDATE_HINT)), asked.rejection())
                    : outcome(reply, new Action.Outcome(asked.rejection(), Action.Outcome.NO_FOLLOW_UP,
                            outcome.get().value()));
        }
        String normalized = Vocabulary.normalize(text);
        List<Rejection> rejections = reply.state().rejections();
        Rejection picked = null;
        if (normalized.matches("\\d{1,3}")) {
            int index = Integer.parseInt(normalized) - 1;
            picked = index >= 0 && index < rejections.size() ? rejections.get(index) : null;
        }
        for (Rejection r : rejections) {
            if (picked == null && Vocabulary.normalize(r.company()).equals(normalized)) {
                picked = r;
            }
        }
        return picked == null ? askWhich(reply.say(views.say(Line.UPDATE_HINT))) : askOutcome(reply, picked.id());
    }

    Reply snooze(Reply reply, Action.Snooze snooze) {
        Rejection rejection = reply.state().rejection(snooze.rejection());
        FollowUp followUp = followUp(rejection, snooze.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (followUp == null) {
            return views.stale(reply);
        }
        Instant due = reply.now().plus(playbook.snooze());
        Instant now = reply.now();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r
                .withFollowUp(followUp.id(), f -> f.movedTo(due))
                .withHistory(new HistoryEntry(now, "snoozed:" + followUp.kind(), followUp.to()))));
        Map<String, String> values = views.rejectionVars(rejection);
        values.putAll(views.followUpVars(followUp.movedTo(due)));
        return reply.say(views.say(Line.FOLLOWUP_SNOOZED, values), List.of(views.listChoice()));
    }

    Reply stop(Reply reply, Action.Stop stop) {
        Rejection rejection = reply.state().rejection(stop.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || (followUp(rejection, stop.followUp()) == null
                && !stop.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        Instant now = reply.now();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r
                .withFollowUps(r.followUps().stream().map(f -> f.isPending() ? f.stopped() : f).toList())
                .withHistory(new HistoryEntry(now, "stopped", ""))));
        return reply.say(views.say(Line.FOLLOWUP_STOPPED, views.rejectionVars(rejection)), List.of(views.listChoice()));
    }

    /** An outcome told, pressed on a follow-up or after {@code /rejected update}: the plan follows it. */
    Reply outcome(Reply reply, Action.Outcome told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        FollowUp followUp = followUp(rejection, told.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || !Playbook.OUTCOMES.contains(told.outcome())
                || (followUp == null && !told.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        Playbook.Update update = playbook.report(rejection, told.outcome(), followUp == null ? "" : followUp.to(),
                reply.now());
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> update.rejection()));
        Map<String, String> values = views.rejectionVars(update.rejection());
        List<HistoryEntry> history = update.rejection().history();
        values.put("to", history.get(history.size() - 1).to());
        long endedNow = rejection.pendingFollowUps().stream()
                .filter(f -> update.rejection().pendingFollowUps().stream().noneMatch(f::equals)).count();
        values.put("stopped", endedNow > 0 ? "yes" : "");
        FollowUp next = update.rejection().pendingFollowUps().stream()
                .min(Comparator.comparing(FollowUp::due)).orElse(null);
        values.put("date", next == null ? "" : views.date(next.due()));
        if (next != null) {
            values.put("kind", views.kindName(next.kind()));
        }
        StringBuilder text = new StringBuilder(views.words().say("outcome_" + told.outcome(), values));
        for (String note : update.notes()) {
            text.append("\n- ").append(views.words().say(note, values));
        }
        for (FollowUp added : update.added()) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUP, views.followUpVars(added)));
        }
        reply = reply.sayLong(text.toString(), update.drafts().isEmpty() ? List.of(views.listChoice()) : List.of(),
                Views.planned(update.added()));
        reply = plans.addDrafts(reply, update.drafts(), values);
        return update.drafts().isEmpty() ? reply
                : reply.say(views.say(Line.PLAN_FOOTER, values), List.of(views.listChoice(), views.updateChoice()));
    }

    private static FollowUp followUp(Rejection rejection, String id) {
        return rejection == null ? null
                : rejection.followUps().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
