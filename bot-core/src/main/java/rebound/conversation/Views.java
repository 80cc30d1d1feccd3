package rebound.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import rebound.frontdoor.Choice;
import rebound.frontdoor.PlannedFollowUp;
import rebound.intake.Intake;
import rebound.intake.IntakeProgress;
import rebound.intake.Option;
import rebound.intake.Step;
import rebound.member.MemberState;
import rebound.plan.WorkingDays;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;
import rebound.words.Words;

/** How things look to a member: the variables of words.txt lines, dates, option lists and the usual choices. */
final class Views {

    private final Intake intake;
    private final Words words;
    /** How dates read, from words.txt's {@code date_format} and {@code date_language}; put in a zone per member. */
    private final DateTimeFormatter dates;
    /** When reminders come: the member's morning (words.txt's {@code reminder_morning}). */
    private final MemberClock clock;

    /** The views of {@code words}; follow-ups are dated on {@code workingDays} (plan.txt's {@code notes go out}). */
    Views(Intake intake, Words words, WorkingDays workingDays) {
        this.intake = intake;
        this.words = words;
        this.dates = words.dates(ZoneOffset.UTC);
        this.clock = new MemberClock(words.morning(), workingDays);
    }

    MemberClock clock() {
        return clock;
    }

    Words words() {
        return words;
    }

    String say(Line line) {
        return words.say(line);
    }

    String say(Line line, Map<String, String> values) {
        return words.say(line, values);
    }

    /** The date of {@code at} on the calendar of a member in {@code zone} (issue 21). */
    String date(Instant at, ZoneId zone) {
        return dates.withZone(zone).format(at);
    }

    /** The full introduction for someone new; a short welcome back, with what comes next, for anyone else. */
    Reply greet(Reply reply) {
        List<Rejection> rejections = reply.state().rejections();
        if (rejections.isEmpty()) {
            return reply.say(say(Line.GREETING), welcomeChoices(reply.state()));
        }
        return reply.say(say(Line.GREETING_BACK, latestVars(reply.state())), welcomeChoices(reply.state()));
    }

    /** The welcome's buttons: log a rejection and the list for someone new; new, list and update for anyone else. */
    List<Choice> welcomeChoices(MemberState state) {
        return state.rejections().isEmpty() ? List.of(startChoice(), listChoice())
                : List.of(newChoice(), listChoice(), updateChoice());
    }

    /** The variables of the member's latest rejection ({@link #rejectionVars}); the member has logged one. */
    Map<String, String> latestVars(MemberState state) {
        List<Rejection> rejections = state.rejections();
        return rejectionVars(rejections.get(rejections.size() - 1), state.zone());
    }

    Reply help(Reply reply) {
        return reply.say(say(Line.HELP), List.of(startChoice()));
    }

    /** A pressed choice or a reply that no longer fits: say so, then where we are. */
    Reply stale(Reply reply) {
        return reply.say(say(Line.STALE_BUTTON)).thenAskOrGreet();
    }

    /**
     * Said by /rejected list or update while a rejection is being logged and none is logged yet (issue 21):
     * the one under way (its company when given), kept, with a button back to it.
     */
    Reply intakeUnderWay(Reply reply, boolean update) {
        Map<String, String> values = vars(reply.state().intake());
        values.put("update", update ? "yes" : "");
        return reply.say(say(Line.INTAKE_UNDER_WAY, values), List.of(resumeChoice(reply.state().intake())));
    }

    /** Back to the intake under way ({@link Action.Start} resumes it where it was). */
    Choice resumeChoice(IntakeProgress progress) {
        return Action.choice(say(Line.CHOICE_RESUME, vars(progress)), "resume", new Action.Start());
    }

    Choice startChoice() {
        return Action.choice(say(Line.CHOICE_START), "start", new Action.Start());
    }

    Choice newChoice() {
        return Action.choice(say(Line.CHOICE_NEW), "new", new Action.Command("new"));
    }

    Choice updateChoice() {
        return Action.choice(say(Line.CHOICE_UPDATE), "update", new Action.Command("update"));
    }

    Choice listChoice() {
        return Action.choice(say(Line.CHOICE_LIST), "list", new Action.Command("list"));
    }

    Map<String, String> vars(IntakeProgress progress) {
        Map<String, String> values = new HashMap<>();
        values.put("company", progress.answers().getOrDefault("company", ""));
        values.put("role", progress.answers().getOrDefault("role", ""));
        return values;
    }

    /** The variables of a line about {@code rejection}, its dates in {@code zone}, the member's. */
    Map<String, String> rejectionVars(Rejection rejection, ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        values.put("company", rejection.company());
        values.put("role", rejection.role());
        values.put("date", date(rejection.createdAt(), zone));
        values.put("id", rejection.id());
        values.put("outcome", intake.has("outcome") ? display(intake.step("outcome"), rejection.outcome()) : "");
        values.put("count", String.valueOf(rejection.drafts().size()));
        values.put("latest", latest(rejection));
        return values;
    }

    /** The last outcome the member told about a rejection, in words ({@code list_latest}); empty when none. */
    private String latest(Rejection rejection) {
        for (int i = rejection.history().size() - 1; i >= 0; i--) {
            HistoryEntry entry = rejection.history().get(i);
            if (entry.is(HistoryEntry.Type.OUTCOME)) {
                String outcome = entry.value();
                String label = words.has("choice_outcome_" + outcome) ? words.say("choice_outcome_" + outcome)
                        : outcome;
                return say(Line.LIST_LATEST, Map.of("what", label, "to", shownTo(entry)));
            }
        }
        return "";
    }

    /**
     * The person a history entry is shown with: none for a new job, the member's own news (issue 21: never
     * "I found a new job (Ahmed Al-Sayed)", however an earlier version recorded it).
     */
    static String shownTo(HistoryEntry entry) {
        return entry.told("new_job") ? "" : entry.to();
    }

    /** The variables of a line about {@code followUp}, its date in {@code zone}, the member's. */
    Map<String, String> followUpVars(FollowUp followUp, ZoneId zone) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", kindName(followUp.kind()));
        values.put("date", date(followUp.due(), zone));
        values.put("to", followUp.to());
        return values;
    }

    String kindName(String kind) {
        return words.has("kind_" + kind) ? words.say("kind_" + kind) : kind;
    }

    /** The answer to step {@code stepId} as the member reads it ({@link #display}); the value when no such step. */
    String answer(String stepId, String value) {
        return intake.has(stepId) ? display(intake.step(stepId), value) : value;
    }

    /** An answer as the member reads it: option labels rather than values, {@code -} when empty. */
    String display(Step step, String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        if (step.options().isEmpty()) {
            return value;
        }
        return Arrays.stream(value.split(",")).map(step::labelOf).collect(Collectors.joining(", "));
    }

    /** Numbered labels, as the hints show them: {@code 1) Applied, 2) Screen}. */
    static String optionList(List<Option> options) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(i + 1).append(") ").append(options.get(i).label());
        }
        return list.toString();
    }

    static List<PlannedFollowUp> planned(List<FollowUp> followUps) {
        return followUps.stream().filter(FollowUp::isPending)
                .map(f -> new PlannedFollowUp(f.kind(), f.due(), f.to())).toList();
    }
}
