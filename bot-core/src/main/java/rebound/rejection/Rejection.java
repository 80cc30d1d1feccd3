package rebound.rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import rebound.frontdoor.Draft;

/**
 * One "no" a member logged: the answers of the intake, the drafts proposed, the follow-ups planned
 * and what happened afterwards.
 *
 * <p>{@code cadence} is how often the member wants to keep in touch (issue 21; seed 004: "maybe
 * monthly"): empty for the playbook's own (every few months), else a cadence plan.txt names
 * ({@code repeat monthly:}). Records of earlier versions read as empty.
 */
public record Rejection(
        String id,
        Instant createdAt,
        String company,
        String role,
        String stage,
        String outcome,
        boolean stillInterested,
        List<Contact> contacts,
        List<String> goals,
        String targets,
        String tone,
        List<Draft> drafts,
        List<FollowUp> followUps,
        List<HistoryEntry> history,
        String cadence) {

    public Rejection {
        cadence = cadence == null ? "" : cadence;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        goals = goals == null ? List.of() : List.copyOf(goals);
        targets = targets == null ? "" : targets;
        drafts = drafts == null ? List.of() : List.copyOf(drafts);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A rejection kept at the playbook's own cadence. */
    public Rejection(String id, Instant createdAt, String company, String role, String stage, String outcome,
                     boolean stillInterested, List<Contact> contacts, List<String> goals, String targets, String tone,
                     List<Draft> drafts, List<FollowUp> followUps, List<HistoryEntry> history) {
        this(id, createdAt, company, role, stage, outcome, stillInterested, contacts, goals, targets, tone, drafts,
                followUps, history, "");
    }

    public boolean wants(String goal) {
        return goals.contains(goal);
    }

    public List<FollowUp> pendingFollowUps() {
        return followUps.stream().filter(FollowUp::isPending).toList();
    }

    public Rejection withPlan(List<Draft> newDrafts, List<FollowUp> newFollowUps) {
        return new Rejection(id, createdAt, company, role, stage, outcome, stillInterested, contacts, goals,
                targets, tone, newDrafts, newFollowUps, history, cadence);
    }

    public Rejection withFollowUp(String followUpId, UnaryOperator<FollowUp> change) {
        List<FollowUp> changed = new ArrayList<>(followUps.size());
        for (FollowUp followUp : followUps) {
            changed.add(followUp.id().equals(followUpId) ? change.apply(followUp) : followUp);
        }
        return withPlan(drafts, changed);
    }

    public Rejection withFollowUps(List<FollowUp> newFollowUps) {
        return withPlan(drafts, newFollowUps);
    }

    public Rejection withHistory(HistoryEntry entry) {
        List<HistoryEntry> more = new ArrayList<>(history);
        more.add(entry);
        return new Rejection(id, createdAt, company, role, stage, outcome, stillInterested, contacts, goals,
                targets, tone, drafts, followUps, more, cadence);
    }

    /** The same rejection kept in touch with at {@code newCadence} (empty: the playbook's own). */
    public Rejection withCadence(String newCadence) {
        return new Rejection(id, createdAt, company, role, stage, outcome, stillInterested, contacts, goals,
                targets, tone, drafts, followUps, history, newCadence);
    }
}
