package rebound.conversation;

import rebound.frontdoor.Member;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import rebound.frontdoor.Choice;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Outbound;
import rebound.frontdoor.Texts;
import rebound.intake.Option;
import rebound.member.Awaiting;
import rebound.plan.Playbook;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.PersonStory;
import rebound.rejection.Rejection;
import rebound.words.Line;

/**
 * What happens around a due follow-up: its reminder (the draft, the outcomes that can answer it, "I
 * sent it" for the notes to the same person not marked sent, snooze, stop), and each of those pressed.
 * An outcome pressed here follows as in {@link Outcomes}; who said what after a reply is asked by
 * {@link UpdateFlow}.
 */
final class FollowUps {

    /**
     * How long after it was written an unsent note is too late to send first: three weeks (seed 000: thanks
     * within a day or two; a month on, a late thank-you reads worse than none; issue 21).
     */
    static final java.time.Duration LATE = java.time.Duration.ofDays(21);

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
    Outbound reminder(Member member, ZoneId zone, Rejection rejection, FollowUp followUp) {
        Map<String, String> values = views.rejectionVars(rejection, zone);
        values.put("to", followUp.to());
        values.put("kind", views.kindName(followUp.kind()));
        List<Choice> choices = new ArrayList<>();
        for (Option outcome : outcomes.options()) {
            if (playbook.offers(followUp.kind(), outcome.value())) {
                choices.add(Action.choice(outcome.label(), outcome.value(),
                        new Action.Answered(rejection.id(), whoOf(rejection, followUp.to()), outcome.value())));
            }
        }
        // issue 21: the words follow what this person did since (answered, declined, referred)
        PersonStory story = PersonStory.of(rejection, followUp.to());
        values.putAll(storyVars(story, rejection));
        // issue 13: ask about the notes to this person not marked sent, rather than assuming they went out;
        // issue 21: not the ones their story settled (they answered since, or answered what the note asks)
        List<Draft> drafts = rejection.drafts();
        StringBuilder unsent = new StringBuilder();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (!story.settles(draft) && draft.to().equals(followUp.to()) && !draft.kind().equals(followUp.kind())
                    && !Playbook.WITH_AN_INVITATION.contains(draft.kind())
                    && !Playbook.TO_SOMEONE_NEW.contains(draft.kind())) {
                Instant lateFrom = story.writtenAt(draft.kind()).plus(LATE);
                boolean late = lateFrom.isBefore(followUp.due());
                if (late && toldLate(rejection, followUp.to(), lateFrom)) {
                    continue; // said once that it is late: never a nag in every reminder after
                }
                Map<String, String> draftValues = new HashMap<>(values);
                draftValues.put("kind", views.kindName(draft.kind()));
                draftValues.put("to", draft.to());
                // a note that waited this long is better left than sent late ("thank you for last month's call")
                draftValues.put("late", late ? "yes" : "");
                unsent.append("\n").append(views.say(Line.REMINDER_UNSENT, draftValues));
                choices.add(Action.choice(Texts.cut(views.say(Line.CHOICE_SENT_KIND, draftValues), 70), "sent",
                        new Action.Sent(rejection.id(), String.valueOf(i))));
            }
        }
        // issue 21 (seed 004: "maybe monthly"): a note that repeats offers the other cadences
        if (playbook.offersCadence(followUp.kind())) {
            List<String> cadences = new ArrayList<>(playbook.cadences());
            cadences.add(Action.Cadence.USUAL);
            for (String cadence : cadences) {
                if (!cadence.equals(rejection.cadence().isEmpty() ? Action.Cadence.USUAL : rejection.cadence())) {
                    choices.add(Action.choice(views.words().say("choice_cadence_" + cadence), "cadence_" + cadence,
                            new Action.Cadence(rejection.id(), followUp.id(), cadence)));
                }
            }
        }
        choices.add(Action.choice(views.say(Line.CHOICE_SNOOZE), "snooze", new Action.Snooze(rejection.id(), followUp.id())));
        choices.add(Action.choice(views.say(Line.CHOICE_STOP), "stop", new Action.Stop(rejection.id(), followUp.id())));
        values.put("unsent", unsent.length() == 0 ? "" : "yes");
        return Outbound.say(member, views.words().say("reminder_" + followUp.kind(), values) + unsent)
                .withDrafts(List.of(playbook.draftFor(rejection, followUp)))
                .withChoices(choices)
                .asReminder();
    }

    /**
     * The flags of a reminder's words that tell a person's story (issue 21), each "yes" or empty:
     * {@code answered} (they answered anything), {@code declined} (they said no to helping),
     * {@code referred} (they gave a reference or a referral), {@code reopened} (the role opened again);
     * and {@code situation}, how the no came as its stable value (such as {@code on_hold}: the check-in
     * asks whether the hold has lifted, as plan.txt promises; seed 003), empty when the member would not
     * go back (a lifted hold is no news to them).
     */
    static Map<String, String> storyVars(PersonStory story, Rejection rejection) {
        Map<String, String> values = new HashMap<>();
        values.put("answered", story.answered() ? "yes" : "");
        values.put("declined", story.did("declined") ? "yes" : "");
        values.put("referred", story.did("reference") ? "yes" : "");
        values.put("reopened", story.did("reopened") ? "yes" : "");
        values.put("situation", rejection.outcome() == null || !rejection.stillInterested() ? "" : rejection.outcome());
        return values;
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
                    .withHistory(HistoryEntry.sent(now, draft.kind(), draft.to()))));
        }
        return reply.say(views.say(Line.DRAFT_SENT, values));
    }

    /** Whether a reminder to {@code person} went out after {@code lateFrom}: it already said their unsent notes were late. */
    private static boolean toldLate(Rejection rejection, String person, Instant lateFrom) {
        // a line of a gathered message (issue 22) said nothing about the unsent notes
        return rejection.history().stream().anyMatch(h -> h.is(HistoryEntry.Type.REMINDER) && h.to().equals(person)
                && h.at().isAfter(lateFrom) && !GatheredReminders.isGathered(h));
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

    /**
     * "Remind me later": the follow-up moves to the playbook's snooze from now, or later when the plan's
     * spacing to that person asks ({@link Playbook#snooze}), and the history says so.
     */
    Reply snooze(Reply reply, Action.Snooze snooze) {
        Rejection rejection = reply.state().rejection(snooze.rejection());
        FollowUp followUp = followUp(rejection, snooze.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (followUp == null) {
            return views.stale(reply);
        }
        // issue 21: the snoozed date keeps the plan's spacing to the same person (plan.txt's light touch)
        Instant now = reply.now();
        Rejection snoozed = playbook.inZone(reply.state().zone()).snooze(rejection, followUp, now);
        Instant due = snoozed.followUps().stream().filter(f -> f.id().equals(followUp.id())).findFirst()
                .orElseThrow().due();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> snoozed
                .withHistory(HistoryEntry.snoozed(now, followUp.kind(), followUp.to()))));
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        // the date stored at the turn's end: in their morning, on a day notes go out (plan.txt)
        values.putAll(views.followUpVars(followUp.movedTo(views.clock().morningOf(due, reply.state().zone(), now)),
                reply.state().zone()));
        return reply.say(views.say(Line.FOLLOWUP_SNOOZED, values), List.of(views.listChoice()));
    }

    /**
     * "Stop reminders for this one": that chain ends (that kind to that person, {@link Playbook#stopChain}),
     * the rest of the plan stays and is listed, with "Stop everything for this company" beside it (issue
     * 21). A button of an earlier version with no follow-up ({@link Action.Outcome#NO_FOLLOW_UP}) stops
     * everything, as it said.
     */
    Reply stop(Reply reply, Action.Stop stop) {
        Rejection rejection = reply.state().rejection(stop.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        FollowUp followUp = followUp(rejection, stop.followUp());
        if (rejection != null && followUp == null && stop.followUp().equals(Action.Outcome.NO_FOLLOW_UP)) {
            return stopAll(reply, new Action.StopAll(stop.rejection(), stop.followUp()));
        }
        if (rejection == null || followUp == null) {
            return views.stale(reply);
        }
        Instant now = reply.now();
        Rejection stopped = playbook.stopChain(rejection, followUp)
                .withHistory(HistoryEntry.stopped(now, followUp.kind(), followUp.to()));
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> stopped));
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("kind", views.kindName(followUp.kind()));
        values.put("to", followUp.to());
        List<FollowUp> left = stopped.pendingFollowUps().stream().sorted(Comparator.comparing(FollowUp::due)).toList();
        values.put("list", left.isEmpty() ? "" : "yes");
        StringBuilder text = new StringBuilder(views.say(Line.FOLLOWUP_STOPPED, values));
        for (FollowUp f : left) {
            text.append("\n").append(views.say(Line.PLAN_FOLLOWUP, views.followUpVars(f, reply.state().zone())));
        }
        List<Choice> choices = new ArrayList<>();
        if (!left.isEmpty()) {
            choices.add(Action.choice(views.say(Line.CHOICE_STOP_ALL), "stopall",
                    new Action.StopAll(rejection.id(), followUp.id())));
        }
        choices.add(views.listChoice());
        return reply.say(text.toString(), choices);
    }

    /** "Stop everything for this company": every pending follow-up of the rejection ends, and the member reads how many. */
    Reply stopAll(Reply reply, Action.StopAll stop) {
        Rejection rejection = reply.state().rejection(stop.rejection());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        if (rejection == null || (followUp(rejection, stop.followUp()) == null
                && !stop.followUp().equals(Action.Outcome.NO_FOLLOW_UP))) {
            return views.stale(reply);
        }
        Instant now = reply.now();
        int pending = rejection.pendingFollowUps().size();
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> playbook.stopEverything(r)
                .withHistory(HistoryEntry.stoppedEverything(now))));
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("stopped", pending == 0 ? "" : String.valueOf(pending));
        return reply.say(views.say(Line.FOLLOWUP_STOPPED_ALL, values), List.of(views.listChoice()));
    }

    /**
     * "Keep in touch every month" (or every few months) on a reminder: the rejection keeps the cadence and
     * that chain's next time follows it ({@link Playbook#keepInTouch}); the member reads when it comes.
     */
    Reply cadence(Reply reply, Action.Cadence chosen) {
        Rejection rejection = reply.state().rejection(chosen.rejection());
        FollowUp followUp = followUp(rejection, chosen.followUp());
        reply = reply.with(reply.state().awaiting(Awaiting.NOTHING));
        String cadence = chosen.cadence().equals(Action.Cadence.USUAL) ? "" : chosen.cadence();
        if (rejection == null || followUp == null || !(cadence.isEmpty() || playbook.cadences().contains(cadence))) {
            return views.stale(reply);
        }
        Rejection kept = playbook.inZone(reply.state().zone()).keepInTouch(rejection, followUp, cadence,
                reply.now());
        reply = reply.with(reply.state().changeRejection(rejection.id(), r -> kept));
        Map<String, String> values = views.rejectionVars(rejection, reply.state().zone());
        values.put("to", followUp.to());
        values.put("when", cadence);
        // the date stored at the turn's end: in their morning, on a day notes go out (plan.txt)
        Rejection stored = views.clock().settle(rejection, kept, reply.state().zone(), reply.now());
        FollowUp next = stored.pendingFollowUps().stream().filter(f -> f.kind().equals(followUp.kind())
                && f.to().equals(followUp.to())).min(Comparator.comparing(FollowUp::due)).orElse(null);
        values.put("date", next == null ? "" : views.date(next.due(), reply.state().zone()));
        values.put("kind", views.kindName(followUp.kind()));
        return reply.say(views.say(Line.CADENCE_SET, values), List.of(views.listChoice()));
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
