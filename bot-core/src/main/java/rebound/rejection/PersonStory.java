package rebound.rejection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.frontdoor.Draft;

/**
 * What one person did since a rejection was logged, and what the member did towards them, in order
 * (issue 21: "every draft and reminder for a person reads what that person did since"). Read from the
 * rejection's history only: {@code outcome:<x>} entries naming the person are what they did;
 * {@code sent:<kind>} (the member marked a note sent) and {@code reminder:<kind>} (a reminder about
 * them came) are what the member did or was asked; a new job ({@code outcome:new_job}) is always the
 * member's own, whoever an earlier version recorded it with. Pure: no clock, no playbook.
 */
public final class PersonStory {

    /** Who did a step of the story. */
    public enum Who { PERSON, MEMBER }

    /**
     * One thing that happened: {@code what} is an outcome value for the person (such as
     * {@code declined}), or {@code sent:<kind>}, {@code reminder:<kind>}, {@code new_job} for the member.
     */
    public record Step(Instant at, Who who, String what) {
    }

    /** What the member told about a person that is no answer at all. */
    private static final Set<String> NOT_AN_ANSWER = Set.of("no_answer", "new_job");

    /**
     * The notes written in answer to something the person did: the outcome that has them written
     * (plan.txt's {@code on:} rules for feedback, reference, declined, invited, reopened).
     */
    private static final Map<String, String> WRITTEN_ON = Map.of("feedback_thanks", "feedback",
            "referral_thanks", "reference", "thanks_anyway", "declined", "invitation_reply", "invited",
            "apply_again", "reopened");

    /**
     * The asks a person can answer without replying to the note itself: a reference or feedback request is
     * answered by a referral, a no to helping, or the feedback, and made moot by an invitation or an offer.
     */
    private static final Map<String, Set<String>> ANSWERED_BY = Map.of(
            "reference_request", Set.of("reference", "declined", "invited", "offer"),
            "feedback_request", Set.of("feedback", "declined", "invited", "offer"));

    private final Instant logged;
    private final List<Step> steps;
    /** When the plan was made again after a final no that ended a silence (its notes were written then). */
    private final Instant plannedAgain;

    private PersonStory(Instant logged, List<Step> steps, Instant plannedAgain) {
        this.logged = logged;
        this.steps = List.copyOf(steps);
        this.plannedAgain = plannedAgain;
    }

    /**
     * The story of {@code person} (a contact's name as written in the rejection; empty for the hiring team)
     * in {@code rejection}, in the order it happened.
     */
    public static PersonStory of(Rejection rejection, String person) {
        String who = person == null ? "" : person;
        List<Step> steps = new ArrayList<>();
        Instant plannedAgain = null;
        for (HistoryEntry entry : rejection.history()) {
            if (entry.told("new_job")) {
                steps.add(new Step(entry.at(), Who.MEMBER, "new_job"));
            } else if (entry.is(HistoryEntry.Type.OUTCOME) && entry.to().equals(who)) {
                steps.add(new Step(entry.at(), Who.PERSON, entry.value()));
            } else if ((entry.is(HistoryEntry.Type.SENT) || entry.is(HistoryEntry.Type.REMINDER))
                    && entry.to().equals(who)) {
                steps.add(new Step(entry.at(), Who.MEMBER, entry.what()));
            }
            if (entry.told("final_no") && plannedAgain == null && "ghosted".equals(rejection.outcome())) {
                plannedAgain = entry.at();
            }
        }
        return new PersonStory(rejection.createdAt(), steps, plannedAgain);
    }

    /** Everything that happened, oldest first. */
    public List<Step> steps() {
        return steps;
    }

    /** Whether the person ever did {@code outcome} (such as {@code declined} or {@code reference}). */
    public boolean did(String outcome) {
        return steps.stream().anyMatch(s -> s.who() == Who.PERSON && s.what().equals(outcome));
    }

    /** Whether the person answered anything at all ("no answer yet" is no answer). */
    public boolean answered() {
        return steps.stream().anyMatch(PersonStory::isAnswer);
    }

    /** Whether the person answered anything strictly after {@code at}. */
    public boolean answeredAfter(Instant at) {
        return steps.stream().anyMatch(s -> isAnswer(s) && s.at().isAfter(at));
    }

    /** Whether the member said they found a new job. */
    public boolean memberFoundAJob() {
        return steps.stream().anyMatch(s -> s.who() == Who.MEMBER && s.what().equals("new_job"));
    }

    /**
     * Whether asking the member about this unsent note would be out of place: the person answered after
     * it was written (so it evidently went out), or they already answered what it asks (a no to helping
     * answers a reference request), or it was made moot (an invitation ends the reference request).
     * Notes written in answer to the person (a thank-you for feedback) count from that answer on.
     */
    public boolean settles(Draft note) {
        if (note.wasSent()) {
            return true;
        }
        Set<String> answeredBy = ANSWERED_BY.getOrDefault(note.kind(), Set.of());
        if (steps.stream().anyMatch(s -> s.who() == Who.PERSON && answeredBy.contains(s.what()))) {
            return true;
        }
        return answeredAfter(writtenAt(note.kind()));
    }

    /**
     * When a note of {@code kind} to this person was written, as far as the history tells: a note in answer
     * to them at their latest such answer; the notes of a plan made again after a final no then; the
     * others when the rejection was logged.
     */
    public Instant writtenAt(String kind) {
        String trigger = WRITTEN_ON.get(kind);
        if (trigger != null) {
            Instant latest = logged;
            for (Step s : steps) {
                if (s.who() == Who.PERSON && s.what().equals(trigger)) {
                    latest = s.at();
                }
            }
            return latest;
        }
        if (plannedAgain != null && !kind.equals("status_check")) {
            return plannedAgain;
        }
        return logged;
    }

    private static boolean isAnswer(Step s) {
        return s.who() == Who.PERSON && !NOT_AN_ANSWER.contains(s.what());
    }
}
