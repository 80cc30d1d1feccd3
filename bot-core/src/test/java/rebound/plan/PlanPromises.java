package rebound.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * What issue 13 promises of every plan, written as properties {@link PlanCombinationsTest} checks row by
 * row; each failure message names the promise. In short: one note per person per moment; a thank-you (or
 * the not-now answer) to each person met when thanks are wanted; nobody named, a reply to the hiring team;
 * not now or on hold, the not-now answer whatever the goals; reference asks only to named people the
 * member clicked with (never someone marked not clicked, never a recruiter after an application or a
 * screen unless marked), the hiring manager first or written to first, and a guidance line when nobody
 * is asked; asks after the thanks unless asked at once; would not go back, a polite close to each person
 * met when thanks are wanted, and no thank-you, status chase or
 * hire check, still the check-ins asked for; status questions only after silence, to the recruiter, one
 * or two nudges; follow-ups three days apart and every one ending; a hire check after someone else was
 * hired; 2 to 4 guidance lines, each shown only when the plan does what it says.
 * {@link #broken} returns the promises one plan breaks, empty when it keeps them all.
 */
final class PlanPromises {

    static final Set<String> ASKS = Set.of("reference_request", "feedback_request");
    /** Notes sent on another channel with something else, not an e-mail of their own. */
    static final List<String> WITH_AN_INVITATION = Playbook.WITH_AN_INVITATION;
    static final Set<String> FIRST_NOTES = Set.of("thank_you", "not_now_reply", "courteous_close");
    /** The drafts of a plan that say thanks to their reader (seed 004), the first note of a plan. */
    static final Set<String> THANKS = Set.of("thank_you", "not_now_reply");
    static final Set<String> FEEDBACK_NOTES = Set.of("note_feedback_after", "note_feedback_later",
            "note_feedback_rare");

    private PlanPromises() {
    }

    static List<String> broken(PlanRules rules, Playbook playbook, Rejection r, Plan plan) {
        List<String> p = new ArrayList<>();
        String outcome = r.outcome();
        boolean back = r.stillInterested();
        boolean silence = outcome.equals("ghosted");
        boolean notNow = outcome.equals("no_openings") || outcome.equals("on_hold");
        boolean early = r.stage().equals("applied") || r.stage().equals("screen");
        List<Contact> met = r.contacts();
        List<Draft> drafts = plan.drafts();
        List<FollowUp> later = plan.followUps();
        List<String> notes = plan.notes();

        // ---- drafts: whom ----
        Map<String, Integer> perPerson = new HashMap<>();
        // the note for a LinkedIn invitation goes with the invitation, not as a second e-mail (issue 18)
        drafts.stream().filter(d -> !WITH_AN_INVITATION.contains(d.kind()))
                .forEach(d -> perPerson.merge(d.to(), 1, Integer::sum));
        perPerson.forEach((to, n) -> check(p, n == 1, "one note per person per moment: " + n + " drafts to '" + to + "'"));
        Set<String> names = new HashSet<>();
        met.forEach(c -> names.add(c.name()));
        if (met.isEmpty()) {
            check(p, !drafts.isEmpty(), "nobody named: a reply to the rejection e-mail, to the hiring team");
            check(p, drafts.stream().allMatch(d -> d.to().isEmpty()) && later.stream().allMatch(f -> f.to().isEmpty()),
                    "nobody named: everything goes to the hiring team");
        } else {
            check(p, drafts.stream().allMatch(d -> names.contains(d.to())) && later.stream().allMatch(f -> names.contains(f.to())),
                    "people named: every note goes to one of them");
        }
        if (back && !silence && r.wants("thank")) {
            for (Contact c : met.isEmpty() ? List.of(Playbook.TEAM) : met) {
                check(p, drafts.stream().filter(d -> d.to().equals(c.name()) && THANKS.contains(d.kind())).count() == 1,
                        "thanks wanted: one thank-you (or the not-now answer) to '" + c.name() + "'");
            }
        }
        if (back && notNow) {
            check(p, drafts.stream().anyMatch(d -> d.kind().equals("not_now_reply")),
                    "not now or on hold: the not-now answer, whatever the goals");
        } else {
            check(p, drafts.stream().noneMatch(d -> d.kind().equals("not_now_reply")),
                    "the not-now answer only when the role is not filled now and the member would go back");
        }

        // ---- reference asks: only to people the member clicked with, the hiring manager first ----
        List<String> askedForReference = new ArrayList<>();
        drafts.stream().filter(d -> d.kind().equals("reference_request")).forEach(d -> askedForReference.add(d.to()));
        later.stream().filter(f -> f.kind().equals("reference_request")).forEach(f -> askedForReference.add(f.to()));
        for (String to : askedForReference) {
            Contact c = met.stream().filter(m -> m.name().equals(to)).findFirst().orElse(null);
            check(p, c != null, "a reference ask to a person, never the hiring team");
            if (c == null) {
                continue;
            }
            check(p, !Boolean.FALSE.equals(c.clicked()), "a reference ask to '" + to + "', marked not clicked with");
            check(p, !(early && c.is("recruiter") && !Boolean.TRUE.equals(c.clicked())),
                    "a reference ask to the recruiter '" + to + "' after only " + r.stage() + ", not marked clicked");
        }
        boolean managerClicked = met.stream().anyMatch(c -> c.is("hiring_manager") && eligible(c, early));
        if (managerClicked && !askedForReference.isEmpty()) {
            String manager = met.stream().filter(c -> c.is("hiring_manager")).findFirst().orElseThrow().name();
            Instant managerAsk = askedAt(plan, manager, "reference_request", r.createdAt());
            // first, or written to first (the not-now answer now, the ask a few days after it)
            boolean writtenFirst = drafts.stream().anyMatch(d -> d.to().equals(manager) && FIRST_NOTES.contains(d.kind()));
            check(p, managerAsk != null && (writtenFirst || plan.followUps().stream()
                    .filter(f -> f.kind().equals("reference_request")).allMatch(f -> !f.due().isBefore(managerAsk))
                    && (askedForReference.get(0).equals(manager)
                    || drafts.stream().noneMatch(d -> d.kind().equals("reference_request")))),
                    "the hiring manager, clicked with, is asked for a reference first (or written to first)");
        }
        if (r.wants("reference") && !(back && silence)) {
            boolean someone = met.stream().anyMatch(c -> eligible(c, early));
            if (someone) {
                check(p, met.stream().filter(c -> eligible(c, early))
                                .allMatch(c -> askedForReference.contains(c.name())),
                        "a reference wanted: everyone clicked with is asked");
            }
            if (askedForReference.isEmpty()) {
                check(p, notes.contains("note_no_reference"), "a reference wanted but nobody asked: say why");
            }
        } else {
            check(p, askedForReference.isEmpty(), "a reference ask only when wanted (and not before an answer to silence)");
        }

        // ---- the ask comes after the thanks, unless asked at once ----
        for (Draft d : drafts) {
            if (ASKS.contains(d.kind())) {
                check(p, !(r.wants("thank") && back && !silence),
                        "thanks wanted: the " + d.kind() + " to '" + d.to() + "' comes after the thanks, not with them");
            }
        }
        for (FollowUp f : later) {
            if (ASKS.contains(f.kind())) {
                check(p, Duration.between(r.createdAt(), f.due()).toDays() >= 3,
                        "an ask after the first note, a few days later: " + f.kind() + " to '" + f.to() + "'");
            }
        }

        // ---- would not go back: no enthusiasm, still what they asked for ----
        if (!back) {
            check(p, notes.contains("note_not_interested"), "would not go back: says so");
            check(p, drafts.stream().noneMatch(d -> THANKS.contains(d.kind()) || d.kind().equals("status_check"))
                    && later.stream().noneMatch(f -> f.kind().equals("hire_check") || f.kind().equals("status_check")),
                    "would not go back: no thank-you pretending, no status chase, no hire check");
            if (r.wants("thank")) {
                for (Contact c : met.isEmpty() ? List.of(Playbook.TEAM) : met) {
                    check(p, drafts.stream().filter(d -> d.to().equals(c.name())
                            && (d.kind().equals("courteous_close") || d.kind().equals("reference_request"))).count() == 1,
                            "would not go back, thanks wanted: one polite close (or the reference ask, which thanks "
                                    + "too) to '" + c.name() + "'");
                }
            }
            if (r.wants("stay_in_touch") && met.stream().anyMatch(c -> eligible(c, early))) {
                check(p, later.stream().anyMatch(f -> f.kind().equals("check_in")),
                        "would not go back, stay in touch wanted: a check-in with the people clicked with");
            }
        } else {
            check(p, !notes.contains("note_not_interested"), "would go back: no 'you wouldn't go back'");
        }

        // ---- status questions: after silence, at most two nudges, the recruiter first ----
        List<FollowUp> nudges = later.stream().filter(f -> f.kind().equals("status_check")).toList();
        List<Draft> asked = drafts.stream().filter(d -> d.kind().equals("status_check")).toList();
        if (back && silence) {
            check(p, asked.size() == 1, "silence: one question about where things stand");
            check(p, nudges.size() == (r.stage().equals("applied") ? 1 : 2),
                    "silence: two nudges at most, one after an application alone");
            String recruiter = met.stream().filter(c -> c.is("recruiter")).map(Contact::name).findFirst().orElse(null);
            if (recruiter != null) {
                check(p, asked.stream().allMatch(d -> d.to().equals(recruiter))
                        && nudges.stream().allMatch(f -> f.to().equals(recruiter)), "status questions to the recruiter");
            }
        } else {
            check(p, asked.isEmpty() && nudges.isEmpty(), "status questions only after a silence");
        }

        // ---- follow-ups: apart, and every repeating one ends ----
        for (int i = 0; i < later.size(); i++) {
            for (int j = i + 1; j < later.size(); j++) {
                FollowUp a = later.get(i);
                FollowUp b = later.get(j);
                if (a.to().equals(b.to())) {
                    check(p, Duration.between(a.due(), b.due()).abs().toDays() >= 3,
                            "no two follow-ups to one person within three days: " + a.kind() + ", " + b.kind());
                }
            }
        }
        check(p, later.stream().map(FollowUp::id).distinct().count() == later.size(), "follow-up ids unique");
        p.addAll(endings(rules, playbook, r.withPlan(drafts, later)));
        if (back && outcome.equals("hired_other") && !met.isEmpty()
                && (drafts.stream().anyMatch(d -> THANKS.contains(d.kind())) || r.wants("stay_in_touch"))) {
            check(p, later.stream().anyMatch(f -> f.kind().equals("hire_check")),
                    "someone else hired, thanks sent: a hire check at about three months");
        }
        check(p, later.stream().noneMatch(f -> f.kind().equals("hire_check")) || (back && outcome.equals("hired_other")),
                "a hire check only after someone else was hired, to a company the member would join");

        // ---- guidance lines say only what the plan does ----
        check(p, notes.size() >= rules.fewestNotes && notes.size() <= rules.mostNotes, "2 to 4 guidance lines");
        check(p, notes.contains("note_nobody") == met.isEmpty(), "'you didn't name anyone' exactly when nobody was named");
        if (notes.stream().anyMatch(FEEDBACK_NOTES::contains)) {
            check(p, r.wants("feedback") && has(plan, "feedback_request"), "advice about feedback only when feedback is asked");
        }
        onlyWhen(p, notes, "note_feedback_after", drafts.stream().anyMatch(d -> d.kind().equals("feedback_request")));
        onlyWhen(p, notes, "note_feedback_later", later.stream().anyMatch(f -> f.kind().equals("feedback_request")));
        onlyWhen(p, notes, "note_thanks_first", later.stream().anyMatch(f -> f.kind().equals("reference_request")));
        onlyWhen(p, notes, "note_reference", has(plan, "reference_request"));
        onlyWhen(p, notes, "note_hire_check", later.stream().anyMatch(f -> f.kind().equals("hire_check")));
        onlyWhen(p, notes, "note_nudges", nudges.size() == 2);
        onlyWhen(p, notes, "note_nudge_once", nudges.size() == 1);
        onlyWhen(p, notes, "note_one_each", drafts.stream().map(Draft::to).filter(t -> !t.isEmpty()).distinct().count() >= 2);
        onlyWhen(p, notes, "note_send_soon", !drafts.isEmpty());
        onlyWhen(p, notes, "note_close", drafts.stream().anyMatch(d -> d.kind().equals("courteous_close")));
        onlyWhen(p, notes, "note_ghosted", back && silence);
        onlyWhen(p, notes, "note_not_now", drafts.stream().anyMatch(d -> d.kind().equals("not_now_reply")));
        onlyWhen(p, notes, "note_on_hold", drafts.stream().anyMatch(d -> d.kind().equals("not_now_reply"))
                && later.stream().anyMatch(f -> f.kind().equals("check_in")));
        onlyWhen(p, notes, "note_in_touch_later", later.stream().anyMatch(f -> f.kind().equals("check_in")));
        if (r.wants("stay_in_touch") && !(back && silence) && !met.isEmpty()) {
            check(p, later.stream().anyMatch(f -> f.kind().equals("check_in")) || notes.contains("note_no_check_in"),
                    "stay in touch wanted: check-ins, or a line that says why none");
            // the not-now answer's own check-in goes to whoever got that answer
            later.stream().filter(f -> f.kind().equals("check_in") || f.kind().equals("share_opportunity"))
                    .filter(f -> drafts.stream().noneMatch(d -> d.kind().equals("not_now_reply") && d.to().equals(f.to())))
                    .forEach(f -> check(p, met.stream().filter(c -> c.name().equals(f.to()))
                            .noneMatch(c -> Boolean.FALSE.equals(c.clicked())),
                            "staying in touch only with people clicked with: " + f.kind() + " to '" + f.to() + "'"));
        }
        onlyWhen(p, notes, "note_expectations", !drafts.isEmpty() && !silence);
        onlyWhen(p, notes, "note_keep_in_touch", r.wants("stay_in_touch") || !later.isEmpty() || !drafts.isEmpty());
        if (drafts.isEmpty()) {
            check(p, notes.stream().anyMatch(n -> n.equals("note_in_touch_later") || n.equals("note_no_reference")
                            || n.equals("note_no_check_in")),
                    "no drafts: a guidance line says why");
        }
        if (back && notNow) {
            check(p, notes.contains(outcome.equals("on_hold") ? "note_on_hold" : "note_not_now"),
                    "not now or on hold: what it means");
        }
        return p;
    }

    /** Someone the member clicked with, who may be asked for a reference (seed 000; issue 13). */
    static boolean eligible(Contact c, boolean early) {
        boolean clicked = c.clicked() != null ? c.clicked() : !c.detail().isEmpty();
        return clicked && c.named() && !(early && c.is("recruiter") && !Boolean.TRUE.equals(c.clicked()));
    }

    /** Each follow-up delivered when due, repeats planned, until none is left: each kind comes as often as plan.txt says. */
    private static List<String> endings(PlanRules rules, Playbook playbook, Rejection start) {
        List<String> p = new ArrayList<>();
        Rejection r = start;
        Map<String, Integer> times = new HashMap<>();
        List<FollowUp> delivered = new ArrayList<>();
        for (int n = 0; n < 40 && !r.pendingFollowUps().isEmpty(); n++) {
            FollowUp next = r.pendingFollowUps().stream().min(Comparator.comparing(FollowUp::due)).orElseThrow();
            Instant at = next.due();
            r = r.withFollowUp(next.id(), f -> f.delivered(at));
            r = playbook.afterDelivery(r, next, at);
            times.merge(next.kind() + ">" + next.to(), 1, Integer::sum);
            delivered.add(next);
        }
        check(p, r.pendingFollowUps().isEmpty(), "every follow-up ends");
        times.forEach((k, n) -> check(p, n <= rules.repeatTimes.getOrDefault(k.substring(0, k.indexOf('>')), 2),
                "a follow-up comes " + n + " times: " + k));
        for (int i = 0; i < delivered.size(); i++) {
            for (int j = i + 1; j < delivered.size(); j++) {
                if (delivered.get(i).to().equals(delivered.get(j).to())) {
                    check(p, Duration.between(delivered.get(i).due(), delivered.get(j).due()).abs().toDays() >= 3,
                            "delivered within three days to one person: " + delivered.get(i).kind() + ", "
                                    + delivered.get(j).kind());
                }
            }
        }
        return p;
    }

    /** When {@code to} is first asked for {@code kind}: {@code now} for a draft, else the first follow-up's date. */
    private static Instant askedAt(Plan plan, String to, String kind, Instant now) {
        if (plan.drafts().stream().anyMatch(d -> d.kind().equals(kind) && d.to().equals(to))) {
            return now;
        }
        return plan.followUps().stream().filter(f -> f.kind().equals(kind) && f.to().equals(to)).map(FollowUp::due)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean has(Plan plan, String kind) {
        return plan.drafts().stream().anyMatch(d -> d.kind().equals(kind))
                || plan.followUps().stream().anyMatch(f -> f.kind().equals(kind));
    }

    private static void onlyWhen(List<String> p, List<String> notes, String note, boolean holds) {
        check(p, !notes.contains(note) || holds, "'" + note + "' shown though the plan does not do what it says");
    }

    private static void check(List<String> problems, boolean holds, String promise) {
        if (!holds) {
            problems.add(promise);
        }
    }
}
