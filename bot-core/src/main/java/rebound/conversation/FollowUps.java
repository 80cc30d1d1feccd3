package rebound.conversation;

import rebound.text.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rebound.intake.Option;
import rebound.playbook.Playbook;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;

/**
 * What happens around a due follow-up: its reminder (the draft, the outcomes that can answer it, "I
 * sent it" for the notes to the same person not marked sent, snooze, stop), and each of those pressed.
 * An outcome pressed here follows as in {@link Outcomes}; who said what after a reply is asked by
 * {@link UpdateFlow}.
 */
final class FollowUps {

    private final Views views;
    private final Playbook playbook;
    private final Outcomes outcomes;
    private final UpdateFlow updates;

    FollowUps(Views views, Playbook playbook, Outcomes outcomes, UpdateFlow updates) {
        this.views = views;
        this.playbook = playbook;
        this.outcomes = outcomes;
        this.updates = updates;
    }

    /** The message that offers a due follow-up, with its draft ready to copy; dates in {@code zone}, the member's. */
    Outbound reminder(String member, ZoneId zone, Rejection rejection, FollowUp followUp) {
        Map<String, String> values = views.rejectionVars(rejection, zone);
        values.put("to", followUp.to());
        values.put("kind", views.kindName(followUp.kind()));
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes.options()) {
            if (playbook.offers(followUp.kind(), outcome.value())) {
                choices.add(Choice.of(outcome.label(), outcome.value(),
                        new Action.Answered(rejection.id(), whoOf(rejection, followUp.to()), outcome.value())));
            }
        }
        // issue 13: ask about the notes to this person not marked sent, rather than assuming they went out
        List<Draft> drafts = rejection.drafts();
        StringBuilder unsent = new StringBuilder();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (!draft.wasSent() && draft.to().equals(followUp.to()) && !draft.kind().equals(followUp.kind())
                    && !Playbook.WITH_AN_INVITATION.contains(draft.kind())) {
                Map<String, String> draftValues = new HashMap<>(values);
                draftValues.put("kind", views.kindName(draft.kind()));
                draftValues.put("to", draft.to());
                unsent.append("\n").append(views.say(Line.REMINDER_UNSENT, draftValues));
                choices.add(Choice.of(Texts.cut(views.say(Line.CHOICE_SENT_KIND, draftValues), 70), "sent",
                        new Action.Sent(rejection.id(), String.valueOf(i))));
            }
        }
        choices.add(Choice.of(views.say(Line.CHOICE_SNOOZE), "snooze", new Action.Snooze(rejection.id(), followUp.id())));
        choices.add(Choice.of(views.say(Line.CHOICE_STOP), "stop", new Action.Stop(rejection.id(), followUp.id())));
        values.put("unsent", unsent.length() == 0 ? "" : "yes");
        return Outbound.say(member, views.words().say("reminder_" + followUp.kind(), values) + unsent)
                .withDrafts(List.of(playbook.draftFor(rejection, followUp)))
                .withChoices(choices)
                .asReminder();
    }

    /** "I sent it": the draft is marked sent (kept, and in the history); pressing it twice changes nothing. */
    Reply sent(Reply reply, Action.Sent sent) {
        Rejection rejection = reply.state().rejection(sent.rejection());
        if (rejection == null || !sent.draft().matches("\\d{1,4}")
                || Integer.parseInt(sent.draft()) >= rejection.drafts().size()) {
            return views.stale(reply);
        }
        int index = Integer.parseInt(sent.draft());
        Draft draft = rejection.drafts().get(index);
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("kind", views.kindName(draft.kind()));
        values.put("to", draft.to());
        if (!draft.wasSent()) {
            List<Draft> drafts = new ArrayList<>(rejection.drafts());
            drafts.set(index, draft.markedSent());
            Instant now = reply.now();
            reply = reply.with(reply.state().changeRejection(rejection.id(), r -> r.withPlan(drafts, r.followUps())
                    .withHistory(new HistoryEntry(now, "sent:" + draft.kind(), draft.to()))));
        }
        return reply.say(views.say(Line.DRAFT_SENT, values));
    }

    /** The encoded who for a follow-up's person: their index, the company when it went to the team. */
    private static String whoOf(Rejection rejection, String to) {
        if (to.isEmpty()) {
            return Action.Answered.TEAM;
        }
        for (int i = 0; i < rejection.contacts().size(); i++) {
            if (rejection.contacts().get(i).name().equals(to)) {
                return String.valueOf(i);
            }
        }
        return Action.Answered.UNKNOWN;
    }

    /** "Remind me later": the follow-up moves to the playbook's snooze from now, and the history says so. */
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
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.putAll(views.followUpVars(followUp.movedTo(due), reply.state().zone()));
        return reply.say(views.say(Line.FOLLOWUP_SNOOZED, values), List.of(views.listChoice()));
    }

    /** "Stop": every pending follow-up of the rejection ends (kept, marked stopped, and in the history). */
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
        return reply.say(views.say(Line.FOLLOWUP_STOPPED, views.rejectionVars(rejection, reply.state().zone())),
                List.of(views.listChoice()));
    }

    /**
     * An outcome pressed on a reminder (about the person it was to), or on a {@code /rejected update}
     * button of an earlier version ({@link Action.Outcome#NO_FOLLOW_UP}: the playbook picks the person).
     */
    Reply outcome(Reply reply, Action.Outcome told) {
        Rejection rejection = reply.state().rejection(told.rejection());
        FollowUp followUp = followUp(rejection, told.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || !Playbook.OUTCOMES.contains(told.outcome())
                || (followUp == null && !told.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        if (told.outcome().equals("new_job")) {
            return outcomes.newJob(reply, rejection);
        }
        String to = followUp == null ? "" : followUp.to().isEmpty() ? Playbook.THE_TEAM : followUp.to();
        reply = outcomes.report(reply, rejection, told.outcome(), to, "");
        if (!told.outcome().equals("replied")) {
            return reply;
        }
        Rejection now = reply.state().rejection(rejection.id());
        HistoryEntry last = now.history().get(now.history().size() - 1);
        int index = -1;
        for (int i = 0; i < now.contacts().size(); i++) {
            if (index < 0 && now.contacts().get(i).name().equals(last.to()) && !last.to().isEmpty()) {
                index = i;
            }
        }
        return updates.askSaid(reply, now, index < 0 ? Action.Answered.TEAM : String.valueOf(index));
    }

    private static FollowUp followUp(Rejection rejection, String id) {
        return rejection == null ? null
                : rejection.followUps().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
