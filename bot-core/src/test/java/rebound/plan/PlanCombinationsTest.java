package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import rebound.frontdoor.Draft;
import rebound.playbook.PlaybookSource;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * Issue 13's plan table, generated: every way the no came, at every stage, would go back or not, with
 * every set of goals and every kind of group of people (nobody, one, two, three, five; each part;
 * clicked or not, marked or only remembered for a topic; who told the news). Each row's plan must keep
 * the promises of {@link PlanPromises}: which drafts go to whom, which follow-ups come and end, and
 * guidance lines that say only what the plan does. The tone and the targets turn with the rows, and
 * every draft of the table, now and when each follow-up comes due, with each follow-up's reminder, goes
 * through issue 18's {@link DraftAudit} (claims the reader's situation contradicts, blank names, raw
 * member text, lines for another reader, asks not chosen, a story that contradicts itself); the count
 * audited is printed after the table.
 */
@DisplayName("The plan for every outcome, stage, answer, goal set and group of people")
class PlanCombinationsTest {

    static final PlaybookBundle BUNDLE = PlaybookBundle.load(PlaybookSource.builtIn());
    static final Playbook PLAYBOOK = BUNDLE.playbook();
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final List<String> OUTCOMES = List.of("hired_other", "internal", "no_openings", "on_hold", "rescinded",
            "ghosted", "other");
    static final List<String> STAGES = List.of("applied", "screen", "interview", "final");
    static final List<String> GOALS = List.of("thank", "feedback", "reference", "stay_in_touch");
    static final List<String> TONES = List.of("warm", "formal", "brief");
    /** What members type when asked where they apply next: companies, or a thought that names none. */
    static final List<String> TARGETS = List.of("Globex, Initech", "any fintech really", "");
    /** Every non-empty set of goals (the intake asks for one or more): 15. */
    static final List<List<String>> GOAL_SETS = goalSets();
    /** The groups of people, as the member typed them (before who told and whom they clicked with). */
    static final Map<String, List<Contact>> GROUPS = groups();
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(about a month|a month (on|has passed|after|since))\\b");
    private static final Pattern SITUATION = Pattern.compile("(?i)on hold|no opening|the timing");

    static Stream<Arguments> situations() {
        List<Arguments> all = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            for (String stage : STAGES) {
                for (boolean back : new boolean[] {true, false}) {
                    all.add(Arguments.of(outcome, stage, back));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} at {1}, would go back: {2}")
    @MethodSource("situations")
    @DisplayName("every goal set and group of people gets a plan that keeps the playbook's promises")
    void everyRow(String outcome, String stage, boolean wouldGoBack) {
        List<String> broken = new ArrayList<>();
        int rows = 0;
        for (List<String> goals : GOAL_SETS) {
            for (Map.Entry<String, List<Contact>> group : GROUPS.entrySet()) {
                if (group.getValue().isEmpty() && (stage.equals("interview") || stage.equals("final"))) {
                    continue; // the intake needs someone after interviews
                }
                String tone = TONES.get(rows % TONES.size());
                // the targets turn with the rows too, a list of companies and a thought typed as it came
                String targets = TARGETS.get(rows / TONES.size() % TARGETS.size());
                Rejection r = new Rejection("r1", NOW, "Northwind Labs", "Product Designer", stage, outcome,
                        wouldGoBack, asAnswered(group.getValue(), outcome, goals), goals, targets, tone,
                        List.of(), List.of(), List.of());
                Plan plan = PLAYBOOK.plan(r, NOW);
                List<String> problems = new ArrayList<>(PlanPromises.broken(BUNDLE.rules(), PLAYBOOK, r, plan));
                problems.addAll(read(r, plan));
                for (String problem : problems) {
                    broken.add(String.format("%s, %s, %s: %s%n    %s", goals, group.getKey(), tone, problem,
                            describe(plan)));
                }
                rows++;
            }
        }
        assertThat(rows).isEqualTo(GOAL_SETS.size() * (stage.equals("applied") || stage.equals("screen")
                ? GROUPS.size() : GROUPS.size() - 1));
        assertThat(broken).as("%s rows", rows).isEmpty();
    }

    @AfterAll
    static void audited() {
        // issue 18: the draft audit's count, in the build's output
        System.out.printf("Draft audit: %d drafts and %d reminders audited over the plan table%n",
                DraftAudit.drafts.get(), DraftAudit.reminders.get());
    }

    /**
     * Every draft of the plan, now and when each follow-up comes due, read for its reader: no claim the
     * situation contradicts, and the form of a sendable note (the phrases are ReaderTest's test data).
     */
    static List<String> read(Rejection r, Plan plan) {
        List<String> problems = new ArrayList<>();
        Rejection planned = r.withPlan(plan.drafts(), plan.followUps());
        boolean afterSilence = plan.followUps().stream().anyMatch(f -> f.kind().equals("status_check"));
        List<Draft> rendered = new ArrayList<>(plan.drafts());
        List<DraftAudit.Dated> dated = new ArrayList<>();
        for (Draft d : plan.drafts()) {
            problems.addAll(readAs(d, r, false, "now"));
            dated.add(new DraftAudit.Dated(d, NOW));
        }
        for (FollowUp f : plan.followUps()) {
            long day = Duration.between(NOW, f.due()).toDays();
            Draft d = PLAYBOOK.draftFor(planned, f);
            rendered.add(d);
            dated.add(new DraftAudit.Dated(d, f.due()));
            problems.addAll(readAs(d, planned, afterSilence, "day " + day));
            problems.addAll(DraftAudit.reminder(planned, f));
            // a note sent two months on does not say a month has passed
            if (day > 45 && MONTH.matcher(d.body()).find()) {
                problems.add(d.kind() + " to '" + d.to() + "' (day " + day + ") says a month has passed\n" + d.body());
            }
        }
        problems.addAll(DraftAudit.story(dated));
        problems.addAll(DraftAudit.invitations(plan.drafts()));
        // seed 004: no two notes of a kind in one plan alike once names and topics are taken out, a
        // follow-up's included
        Map<String, String> seen = new HashMap<>();
        for (Draft d : rendered) {
            String anonymous = d.kind() + "\n" + anonymous(d.body(), r.contacts());
            String twin = seen.putIfAbsent(anonymous, d.to());
            if (twin != null) {
                problems.add(d.kind() + " to '" + d.to() + "' reads like the one to '" + twin + "'\n" + d.body());
            }
        }
        // the not-now answer says what it answers, also to a reader who did not give the news
        plan.drafts().stream().filter(d -> d.kind().equals("not_now_reply"))
                .filter(d -> !SITUATION.matcher(d.body()).find())
                .forEach(d -> problems.add("not_now_reply to '" + d.to() + "' never says the role is on hold or not open\n"
                        + d.body()));
        // a polite close says what it closes, to a reader who did not give the news too
        plan.drafts().stream().filter(d -> d.kind().equals("courteous_close"))
                .filter(d -> !d.body().split("\n\n")[1].contains(r.role()))
                .forEach(d -> problems.add("courteous_close to '" + d.to() + "' opens without naming the role\n"
                        + d.body()));
        return problems;
    }

    /** The body with every person's names and topic taken out, so only the wording is compared. */
    static String anonymous(String body, List<Contact> people) {
        String text = body;
        for (Contact c : people) {
            for (String part : List.of(c.formalName(), c.name(), c.firstName(), c.detail())) {
                if (!part.isBlank()) {
                    text = text.replace(part, "#");
                }
            }
        }
        return text;
    }

    private static List<String> readAs(Draft d, Rejection r, boolean afterSilence, String when) {
        Contact reader = r.contacts().stream().filter(c -> c.name().equals(d.to())).findFirst()
                .orElse(Playbook.TEAM);
        return DraftAudit.draft(d, r, reader, afterSilence, when);
    }

    /**
     * The people as the intake leaves them: who told the news is asked unless the no was a silence (here
     * the first person marked told it, as a recruiter or hiring manager usually does, unless the group
     * says); whom they clicked with is asked only with two people or more and a goal of a reference or
     * staying in touch, so otherwise it is unknown.
     */
    static List<Contact> asAnswered(List<Contact> people, String outcome, List<String> goals) {
        boolean clickedAsked = people.size() >= 2 && (goals.contains("reference") || goals.contains("stay_in_touch"));
        List<Contact> answered = new ArrayList<>();
        for (Contact c : people) {
            Boolean told = outcome.equals("ghosted") ? null : c.told();
            answered.add(new Contact(c.name(), c.part(), c.detail(), c.title(), told, clickedAsked ? c.clicked() : null));
        }
        return answered;
    }

    private static Map<String, List<Contact>> groups() {
        Map<String, List<Contact>> g = new LinkedHashMap<>();
        Contact samTold = new Contact("Sam Lee", "recruiter", "", "", true, false);
        Contact danaClicked = new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "Dr.", false, true);
        Contact anaClicked = new Contact("Ana Ruiz", "interviewer", "latency budgets", "", false, true);
        g.put("nobody", List.of());
        g.put("a recruiter who told", List.of(samTold));
        g.put("a hiring manager with a topic who told", List.of(
                new Contact("Dana Smith", "hiring_manager", "the move to weekly releases", "", true, true)));
        g.put("an interviewer without a topic", List.of(new Contact("Ana Ruiz", "interviewer", "", "", false, false)));
        g.put("an unnamed recruiter", List.of(new Contact("", "recruiter", "", "", false, false)));
        g.put("a recruiter who told and a manager clicked with", List.of(samTold, danaClicked));
        g.put("a recruiter marked clicked and an interviewer not", List.of(
                new Contact("Sam Lee", "recruiter", "salary bands", "", true, true),
                new Contact("Ana Ruiz", "interviewer", "latency budgets", "", false, false)));
        g.put("two, clicked with no one in particular", List.of(
                new Contact("Ana Ruiz", "interviewer", "latency budgets", "", true, false),
                new Contact("Lee Park", "team_member", "", "", false, false)));
        g.put("three, clicked with the manager and interviewer", List.of(
                new Contact("Sam Lee", "recruiter", "salary bands", "", true, false), anaClicked, danaClicked));
        g.put("three, not the manager", List.of(
                new Contact("Dana Smith", "hiring_manager", "", "", true, false),
                new Contact("Ana Ruiz", "team_member", "latency budgets", "", false, true),
                new Contact("Ravi Shah", "executive", "the roadmap", "", false, true)));
        g.put("five at one company", List.of(samTold, danaClicked, anaClicked,
                new Contact("Lee Park", "team_member", "", "", false, false),
                new Contact("Ravi Shah", "executive", "the roadmap", "", false, true)));
        return g;
    }

    private static List<List<String>> goalSets() {
        List<List<String>> sets = new ArrayList<>();
        for (int mask = 1; mask < 1 << GOALS.size(); mask++) {
            List<String> set = new ArrayList<>();
            for (int i = 0; i < GOALS.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(GOALS.get(i));
                }
            }
            sets.add(set);
        }
        return sets;
    }

    static String describe(Plan plan) {
        StringBuilder s = new StringBuilder("drafts ");
        plan.drafts().forEach(d -> s.append(d.kind()).append('>').append(d.to()).append(' '));
        s.append("| follow-ups ");
        plan.followUps().forEach(f -> s.append(f.kind()).append('>').append(f.to()).append('@')
                .append(Duration.between(NOW, f.due()).toDays()).append(' '));
        return s.append("| notes ").append(plan.notes()).toString();
    }
}
