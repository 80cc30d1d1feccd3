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
import rebound.frontdoor.Outbound;
import rebound.member.MemberState;
import rebound.plan.Playbook;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;

/**
 * The reminder that gathers what is due past the day's few (issue 22: 500 due rejections once made 1,008
 * DMs in 78 s). It names the first follow-ups briefly (company, what kind, whom; plan.txt's
 * {@code gathered shows}), counts the rest, and offers the first in full behind a button; each one shown
 * offers the next. The follow-ups it gathers are delivered with it (each has a {@code reminder:<kind>}
 * history entry with the detail {@link #DETAIL}, at the moment the message was marked), so none comes
 * again and the day after starts afresh.
 */
final class GatheredReminders {

    /** The history detail of a reminder delivered as part of a gathered message. */
    static final String DETAIL = "gathered";

    private final Views views;
    private final Playbook playbook;
    private final FollowUps followUps;

    GatheredReminders(Views views, Playbook playbook, FollowUps followUps) {
        this.views = views;
        this.playbook = playbook;
        this.followUps = followUps;
    }

    /** The gathered message for {@code due} (at least one, most pressing first), dates in {@code zone}. */
    Outbound message(Member member, ZoneId zone, List<DueFollowUp> due) {
        StringBuilder text = new StringBuilder(views.say(Line.REMINDER_GATHERED,
                Map.of("count", String.valueOf(due.size()))));
        int named = Math.min(due.size(), playbook.gatheredShows());
        for (DueFollowUp one : due.subList(0, named)) {
            text.append('\n').append(views.say(Line.REMINDER_GATHERED_ITEM, itemVars(one, zone)));
        }
        if (due.size() > named) {
            text.append('\n').append(views.say(Line.REMINDER_GATHERED_MORE,
                    Map.of("count", String.valueOf(due.size() - named))));
        }
        DueFollowUp first = due.get(0);
        return Outbound.say(member, text.toString())
                .withChoices(List.of(Action.choice(views.say(Line.CHOICE_GATHERED_FIRST), "show",
                        new Action.Show(first.rejection().id(), first.followUp().id())), views.listChoice()))
                .asReminder();
    }

    private Map<String, String> itemVars(DueFollowUp one, ZoneId zone) {
        Map<String, String> values = views.rejectionVars(one.rejection(), zone);
        values.putAll(views.followUpVars(one.followUp(), zone));
        return values;
    }

    /**
     * "Show the first one" / "Show the next one": the follow-up in full, as its own reminder reads (its
     * draft, its buttons), with a button to the one after it first (easiest to find, in a menu too) in the same gathered message, or a line
     * saying it was the last. A follow-up gone (forgotten, its rejection deleted) is a stale button.
     */
    Reply show(Reply reply, Action.Show show) {
        Rejection rejection = reply.state().rejection(show.rejection());
        FollowUp followUp = rejection == null ? null : rejection.followUps().stream()
                .filter(f -> f.id().equals(show.followUp())).findFirst().orElse(null);
        if (followUp == null) {
            return views.stale(reply);
        }
        ZoneId zone = reply.state().zone();
        Outbound full = followUps.reminder(reply.member(), zone, rejection, followUp);
        List<Choice> choices = new ArrayList<>(full.choices());
        List<DueFollowUp> siblings = gatheredWith(reply.state(), rejection, followUp);
        int at = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).followUp().id().equals(followUp.id())
                    && siblings.get(i).rejection().id().equals(rejection.id())) {
                at = i;
            }
        }
        boolean last = at >= 0 && at == siblings.size() - 1;
        if (at >= 0 && !last) {
            DueFollowUp next = siblings.get(at + 1);
            choices.add(0, Action.choice(views.say(Line.CHOICE_GATHERED_NEXT,
                    Map.of("count", String.valueOf(siblings.size() - at - 1))), "next",
                    new Action.Show(next.rejection().id(), next.followUp().id())));
        }
        reply = reply.add(new Outbound(full.member(), full.text(), null, choices, false, full.drafts(), List.of(),
                false, null, full.attachments()));
        return last ? reply.say(views.say(Line.REMINDER_GATHERED_LAST)) : reply;
    }

    /**
     * The follow-ups delivered in the same gathered message as {@code followUp}, in the order the message
     * named them (most pressing first: due first, then as the member logged them); empty when it came on
     * its own or is pending again (snoozed since).
     */
    static List<DueFollowUp> gatheredWith(MemberState state, Rejection rejection, FollowUp followUp) {
        Instant at = followUp.deliveredAt();
        if (followUp.isPending() || at == null || !wasGathered(rejection, followUp, at)) {
            return List.of();
        }
        List<DueFollowUp> siblings = new ArrayList<>();
        for (Rejection r : state.rejections()) {
            for (FollowUp f : r.followUps()) {
                if (!f.isPending() && at.equals(f.deliveredAt()) && wasGathered(r, f, at)) {
                    siblings.add(new DueFollowUp(r, f));
                }
            }
        }
        siblings.sort(Comparator.comparing(d -> d.followUp().due())); // stable: then as logged
        return siblings;
    }

    private static boolean wasGathered(Rejection rejection, FollowUp followUp, Instant at) {
        for (HistoryEntry entry : rejection.history()) {
            if (entry.at().equals(at) && entry.is(HistoryEntry.Type.REMINDER) && entry.value().equals(followUp.kind())
                    && entry.to().equals(followUp.to())
                    && DETAIL.equals(entry.detail())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code entry} records a reminder delivered only as a line of a gathered message. */
    static boolean isGathered(HistoryEntry entry) {
        return DETAIL.equals(entry.detail()) && entry.is(HistoryEntry.Type.REMINDER);
    }
}
