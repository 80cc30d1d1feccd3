package rebound.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import rebound.frontdoor.Draft;
import rebound.frontdoor.Texts;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;

/**
 * What the member's report of an outcome does to a rejection's plan: it finds the person the outcome
 * concerns, keeps the outcome in the history with that person's name, and carries out the rules
 * {@code on:} that outcome (plan.txt): stop follow-ups, plan again with a new outcome, or write to
 * {@code them}, that person only.
 */
final class OutcomeReport {

    private final PlanRules rules;
    private final DraftWriter writer;

    /** Reports carried out by {@code rules}, their drafts written by {@code writer}. */
    OutcomeReport(PlanRules rules, DraftWriter writer) {
        this.rules = rules;
        this.writer = writer;
    }

    /** As {@link Playbook#report(Rejection, String, String, String, Instant)}. */
    Playbook.Update report(Rejection rejection, String outcome, String to, String detail, Instant now) {
        Contact them = concerning(rejection, outcome, to);
        Rejection r = rejection.withHistory(HistoryEntry.outcome(now, outcome, them == null ? "" : them.name(),
                Texts.cut(detail, Playbook.LONGEST_VALUE)));
        List<Draft> drafts = new ArrayList<>();
        List<FollowUp> added = new ArrayList<>();
        Set<String> notes = new LinkedHashSet<>();
        for (PlanRules.Rule rule : rules.on(outcome)) {
            if (!rule.holds(new PlanWork(rules, r, now).facts())) {
                continue;
            }
            r = r.withFollowUps(r.followUps().stream().map(f -> ends(rule, f, them) ? f.stopped() : f).toList());
            if (rule.planAgainWithOutcome() != null) {
                Plan plan = PlanWork.plan(rules, writer, new Rejection(r.id(), r.createdAt(), r.company(), r.role(),
                        r.stage(), rule.planAgainWithOutcome(), r.stillInterested(), r.contacts(), r.goals(),
                        r.targets(), r.tone(), r.drafts(), r.followUps(), r.history(), r.cadence()), now);
                drafts.addAll(plan.drafts());
                added.addAll(plan.followUps());
                notes.addAll(plan.notes());
                r = r.withFollowUps(joined(r.followUps(), plan.followUps()));
            }
            PlanWork work = new PlanWork(rules, r, now);
            work.apply(rule, them);
            final Rejection current = r;
            work.writeNow.forEach((c, kind) -> drafts.add(writer.draft(kind, current, c)));
            work.writeAfter.forEach(w -> drafts.add(writer.draft(w.kind(), current, w.to())));
            added.addAll(work.followUps);
            notes.addAll(work.notes);
            r = r.withFollowUps(joined(r.followUps(), work.followUps));
        }
        added.sort(Comparator.comparing(FollowUp::due));
        return new Playbook.Update(r.withPlan(joined(r.drafts(), drafts), r.followUps()), drafts, added,
                List.copyOf(notes));
    }

    /**
     * Whether {@code rule} ends the pending follow-up {@code f}, told about {@code them} (null: about
     * nobody, a new job). {@code stop for them:} ends those kinds to that person only; {@code stop:} ends
     * those kinds to anyone, except the ones planned because someone else answered (issue 21: an
     * invitation from the hiring manager no longer cancels the favour returned to a colleague who referred
     * the member).
     */
    static boolean ends(PlanRules.Rule rule, FollowUp f, Contact them) {
        if (!f.isPending()) {
            return false;
        }
        if (rule.stopForThem().contains(f.kind()) && them != null && f.to().equals(them.name())) {
            return true;
        }
        return rule.stop().contains(f.kind())
                && (them == null || f.answerOf() == null || f.answerOf().equals(them.name()));
    }

    private static <T> List<T> joined(List<T> first, List<T> then) {
        List<T> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    /**
     * The person an outcome is about: the one named ({@link Playbook#THE_TEAM}: the hiring team), else
     * whoever was asked for a reference, else the key person; nobody (null) for a new job (issue 21).
     */
    Contact concerning(Rejection rejection, String outcome, String to) {
        if (outcome.equals("new_job")) {
            return null; // issue 21: the member's news, said by nobody they met
        }
        if (Playbook.THE_TEAM.equals(to)) {
            return Playbook.TEAM;
        }
        List<Contact> contacts = PlanWork.inWritingOrder(rules, rejection.contacts());
        if (to != null && !to.isEmpty()) {
            for (Contact c : contacts) {
                if (c.name().equals(to)) {
                    return c;
                }
            }
        }
        if (outcome.equals("reference") || outcome.equals("declined")) {
            for (Draft draft : rejection.drafts()) {
                if (draft.kind().equals("reference_request")) {
                    for (Contact c : contacts) {
                        if (c.name().equals(draft.to())) {
                            return c;
                        }
                    }
                }
            }
        }
        return contacts.isEmpty() ? null : contacts.get(0);
    }
}
