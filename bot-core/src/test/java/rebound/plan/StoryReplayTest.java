package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.frontdoor.Draft;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 21's stories: for every row of {@link PlanCombinationsTest}'s table, event sequences replayed
 * over a year, follow-up by follow-up as {@code Reminders} delivers them ({@link Playbook#afterDelivery}),
 * with outcomes told through {@link Playbook#report}, snoozes ({@link Playbook#snooze}), chain stops
 * ({@link Playbook#stopChain}) and a new job. At every delivered reminder the promises hold: one open ask
 * to a person at a time; at most two follow-ups to a person in 30 days; three days apart; nothing asked
 * again that the person already answered (a reference ask after they referred or declined, a feedback
 * ask after feedback came); no check-in after a referral from them; the hire check survives a chain
 * stop; nothing after a new job; and every chain ends within the year.
 *
 * <p>Each row replays the silent story and three others, taking turns through {@link #SEQUENCES} so that
 * every sequence runs on a share of every situation's rows.
 */
@DisplayName("Stories replayed over a year, for every row of the plan table")
class StoryReplayTest {

    static final PlaybookBundle BUNDLE = PlanCombinationsTest.BUNDLE;
    static final Playbook PLAYBOOK = PlanCombinationsTest.PLAYBOOK;
    static final Instant NOW = PlanCombinationsTest.NOW;
    static final Duration DAY = Duration.ofDays(1);
    static final Duration MONTH = Duration.ofDays(30);
    static final Set<String> ASKS = Set.of("reference_request", "feedback_request");
    /** The answers a reminder or /rejected update can carry, each told about one person. */
    static final List<String> ANSWERS = List.of("replied", "final_no", "feedback", "invited", "offer", "reference",
            "declined", "reopened", "no_answer");

    /**
     * What happens in a story: {@code answer:<outcome>:first} (told about the person of the first reminder,
     * when it comes), {@code answer:<outcome>:other} (told then about someone else, the last person named),
     * {@code snooze} (each chain's first reminder snoozed once), {@code stop} (the first reminder's chain
     * stopped), {@code new_job} (at the second reminder), {@code monthly} (kept in touch every month from
     * the first reminder that offers it).
     */
    static final List<String> SEQUENCES = sequences();

    private static List<String> sequences() {
        List<String> all = new ArrayList<>();
        for (String answer : ANSWERS) {
            all.add("answer:" + answer + ":first");
            all.add("answer:" + answer + ":other");
        }
        all.add("snooze");
        all.add("stop");
        all.add("new_job");
        all.add("monthly");
        return all;
    }

    @ParameterizedTest(name = "{0} at {1}, would go back: {2}")
    @MethodSource("rebound.plan.PlanCombinationsTest#situations")
    @DisplayName("every row's stories keep the light touch and each person's story")
    void stories(String outcome, String stage, boolean back) {
        List<String> broken = new ArrayList<>();
        int row = 0;
        for (List<String> goals : PlanCombinationsTest.GOAL_SETS) {
            for (Map.Entry<String, List<Contact>> group : PlanCombinationsTest.GROUPS.entrySet()) {
                if (group.getValue().isEmpty() && (stage.equals("interview") || stage.equals("final"))) {
                    continue;
                }
                Rejection r = new Rejection("r1", NOW, "Northwind Labs", "Product Designer", stage, outcome, back,
                        PlanCombinationsTest.asAnswered(group.getValue(), outcome, goals), goals, "Globex, Initech",
                        "warm", List.of(), List.of(), List.of());
                Rejection planned = sketched(r);
                List<String> stories = new ArrayList<>(List.of("silent"));
                for (int k = 0; k < 3; k++) {
                    stories.add(SEQUENCES.get((row * 3 + k) % SEQUENCES.size()));
                }
                for (String story : stories) {
                    String problem = replay(planned, story);
                    if (problem != null) {
                        broken.add(String.format("%s, %s | story %s | %s", goals, group.getKey(), story, problem));
                    }
                }
                row++;
            }
        }
        assertThat(broken).as("%s rows", row).isEmpty();
    }

    /**
     * The plan's drafts and follow-ups as {@link Playbook#plan} makes them, the drafts without their words
     * (rendering them is {@link PlanCombinationsTest}'s part, and most of the time): who gets which kind.
     */
    static Rejection sketched(Rejection r) {
        PlanWork work = new PlanWork(BUNDLE.rules(), r, NOW);
        for (PlanRules.Rule rule : BUNDLE.rules().on(PlanRules.PLAN)) {
            work.apply(rule, null);
        }
        List<Draft> drafts = new ArrayList<>();
        work.writeNow.forEach((c, kind) -> drafts.add(new Draft(kind, c.name(), c.part(), "", "")));
        work.writeAfter.forEach(w -> drafts.add(new Draft(w.kind(), w.to().name(), w.to().part(), "", "")));
        return r.withPlan(drafts, new Plan(List.of(), work.followUps, List.of()).followUps());
    }

    /** One story lived for a year; the first broken promise, with its day, or null. */
    static String replay(Rejection start, String story) {
        Rejection r = start;
        Instant clock = NOW;
        Instant end = NOW.plus(Duration.ofDays(365));
        List<FollowUp> delivered = new ArrayList<>();
        Set<String> snoozedChains = new HashSet<>();
        Map<String, Instant> referredAt = new HashMap<>();
        Map<String, Set<String>> answered = new HashMap<>();
        Set<String> hireChecksKept = new HashSet<>();
        boolean newJob = false;
        boolean told = false;
        for (int n = 0; n < 60; n++) {
            FollowUp next = r.pendingFollowUps().stream().min(Comparator.comparing(FollowUp::due)).orElse(null);
            if (next == null) {
                break;
            }
            if (next.due().isAfter(end)) {
                return "day " + day(next.due()) + ": " + next.kind() + " to '" + next.to() + "' still pending after a year";
            }
            Instant at = next.due().isBefore(clock) ? clock : next.due();
            clock = at;
            String where = "day " + day(at) + ", " + next.kind() + " to '" + next.to() + "'";
            // ---- the promises, at this delivered reminder ----
            if (newJob) {
                return where + ": a reminder after a new job";
            }
            String problem = check(r, next, at, delivered, referredAt, answered.getOrDefault(next.to(), Set.of()));
            if (problem != null) {
                return where + ": " + problem;
            }
            r = r.withFollowUp(next.id(), f -> f.delivered(at));
            r = PLAYBOOK.afterDelivery(r, next, at);
            String chain = next.kind() + ">" + next.to();
            if (story.equals("snooze") && snoozedChains.add(chain)) {
                r = PLAYBOOK.snooze(r, next, at);
                continue;
            }
            delivered.add(r.followUps().stream().filter(f -> f.id().equals(next.id())).findFirst().orElseThrow());
            if (story.equals("stop") && !told) {
                told = true;
                hireChecksKept.clear();
                r.pendingFollowUps().stream().filter(f -> f.kind().equals("hire_check") && !chain.equals("hire_check>" + f.to()))
                        .forEach(f -> hireChecksKept.add(f.id()));
                r = PLAYBOOK.stopChain(r, next);
                Rejection stopped = r;
                for (String id : hireChecksKept) {
                    if (stopped.pendingFollowUps().stream().noneMatch(f -> f.id().equals(id))) {
                        return where + ": the hire check ended with the " + next.kind() + " chain";
                    }
                }
                if (r.pendingFollowUps().stream().anyMatch(f -> (f.kind() + ">" + f.to()).equals(chain))) {
                    return where + ": the stopped chain goes on";
                }
            } else if (story.equals("monthly") && !told && PLAYBOOK.offersCadence(next.kind())) {
                told = true;
                r = PLAYBOOK.keepInTouch(r, next, "monthly", at);
            } else if (story.equals("new_job") && delivered.size() == 2 && !told) {
                told = true;
                newJob = true;
                r = PLAYBOOK.report(r, "new_job", "", at).rejection();
            } else if (story.startsWith("answer:") && !told) {
                told = true;
                String[] parts = story.split(":");
                String to = parts[2].equals("first") ? next.to() : other(r, next.to());
                if (to == null) {
                    continue;
                }
                String outcome = parts[1];
                if (Playbook.ONLY_A_PERSON.contains(outcome) && to.isEmpty()) {
                    continue; // the hiring team is not offered a referral or a no to helping
                }
                Instant tellAt = at.plus(DAY);
                clock = tellAt;
                r = PLAYBOOK.report(r, outcome, to.isEmpty() ? Playbook.THE_TEAM : to, tellAt).rejection();
                String who = r.history().get(r.history().size() - 1).to();
                answered.computeIfAbsent(who, k -> new HashSet<>()).add(outcome);
                if (outcome.equals("reference")) {
                    referredAt.put(who, tellAt);
                }
            }
        }
        if (!r.pendingFollowUps().isEmpty()) {
            return "a chain never ends: " + r.pendingFollowUps().stream().map(f -> f.kind() + ">" + f.to()).toList();
        }
        return null;
    }

    /** The promises at one delivered reminder; the broken one, or null. */
    private static String check(Rejection r, FollowUp next, Instant at, List<FollowUp> delivered,
                                Map<String, Instant> referredAt, Set<String> answeredBy) {
        List<FollowUp> toThem = delivered.stream().filter(f -> f.to().equals(next.to())).toList();
        for (FollowUp f : toThem) {
            if (Duration.between(f.deliveredAt(), at).compareTo(LightTouch.APART) < 0) {
                return "within three days of " + f.kind() + " to the same person";
            }
        }
        long inMonth = toThem.stream().filter(f -> Duration.between(f.deliveredAt(), at).compareTo(MONTH) < 0).count();
        if (inMonth + 1 > 2) {
            return "a third follow-up to one person within 30 days";
        }
        if (ASKS.contains(next.kind())) {
            for (FollowUp f : toThem) {
                if (ASKS.contains(f.kind()) && Duration.between(f.deliveredAt(), at).compareTo(MONTH) < 0
                        && !LightTouch.answeredSince(r, next.to(), f.deliveredAt())) {
                    return "a second open ask (" + f.kind() + " still unanswered)";
                }
            }
            if (r.drafts().stream().anyMatch(d -> ASKS.contains(d.kind()) && d.to().equals(next.to()))
                    && Duration.between(r.createdAt(), at).compareTo(MONTH) < 0
                    && !LightTouch.answeredSince(r, next.to(), r.createdAt())) {
                return "a second open ask (the one written with the plan)";
            }
        }
        if (next.kind().equals("reference_request")
                && (answeredBy.contains("reference") || answeredBy.contains("declined"))) {
            return "a reference ask after they answered one";
        }
        if (next.kind().equals("feedback_request") && answeredBy.contains("feedback")) {
            return "a feedback ask after their feedback";
        }
        if (next.kind().equals("check_in") && referredAt.containsKey(next.to())) {
            return "a check-in after their referral";
        }
        return null;
    }

    /** Someone other than {@code to} the member named (the last named), else the hiring team, else null. */
    private static String other(Rejection r, String to) {
        List<Contact> named = r.contacts().stream().filter(c -> !c.name().equals(to) && c.named()).toList();
        if (!named.isEmpty()) {
            return named.get(named.size() - 1).name();
        }
        return to.isEmpty() ? null : "";
    }

    private static long day(Instant at) {
        return Duration.between(NOW, at).toDays();
    }
}
