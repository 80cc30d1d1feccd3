package rebound.plan;

import static rebound.plan.PlanRules.FACTS;
import static rebound.plan.PlanRules.PEOPLE;
import static rebound.plan.PlanRules.PLAN;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rebound.intake.Condition;
import rebound.intake.Intake;
import rebound.intake.Option;
import rebound.plan.PlanRules.Rule;
import rebound.plan.PlanRules.Send;
import rebound.playbook.PlaybookFile;
import rebound.playbook.Problems;

/** Reads {@code plan.txt}, collecting problems with their lines instead of stopping at the first. */
final class PlanFileReader {

    private static final List<String> SETTINGS = List.of("writing order", "note order", "fewest notes",
            "most notes", "fill up with", "repeat", "snooze", "reminder offers", "longest", "one ask at a time",
            "quiet month", "at most", "reminders a day", "gathered shows", "notes go out");
    private static final List<String> RULE_KEYS = List.of("on", "when", "write", "write after", "remind", "note",
            "stop", "stop for them", "plan again with outcome");
    private static final Pattern SEND = Pattern.compile("(\\S+)\\s+to\\s+(.+?)(?:\\s+after\\s+(\\d+)\\s+days?)?");
    private static final Pattern EVERY = Pattern.compile(
            "(\\S+)\\s+every\\s+(\\d+)\\s+days?(?:\\s*,\\s*at most\\s+(\\d+)\\s+times?)?");
    private static final Pattern DAYS = Pattern.compile("(\\d+)\\s+days?");
    private static final Pattern OFFERS = Pattern.compile("(\\S+)\\s*=\\s*(.+)");
    private static final Pattern AT_MOST = Pattern.compile(
            "(\\d+)\\s+follow-ups?\\s+to one person\\s+in\\s+(\\d+)\\s+days?");
    private static final Pattern LONGEST = Pattern.compile("(\\S+)\\s*=\\s*(\\d+)\\s+characters?");

    final String file;
    final Intake intake;
    final Problems problems;
    List<String> writingOrder = List.of();
    List<String> noteOrder = List.of();
    int fewestNotes = 2;
    int mostNotes = 4;
    List<String> fillUp = List.of();
    final Map<String, Duration> repeats = new HashMap<>();
    final Map<String, Integer> repeatTimes = new HashMap<>();
    /** The cadences a member may choose besides the playbook's own ({@code repeat <cadence>:}). */
    final List<String> cadences = new ArrayList<>();
    Duration snooze = Duration.ofDays(7);
    final Map<String, List<String>> offers = new HashMap<>();
    final Map<String, Integer> longest = new HashMap<>();
    List<String> asks = List.of();
    Duration quietMonth = Duration.ZERO;
    int mostFollowUps = Integer.MAX_VALUE;
    Duration within = Duration.ZERO;
    /** Reminder messages a member gets in a day of theirs, at most (issue 22); the last may gather the rest. */
    int remindersADay = Integer.MAX_VALUE;
    /** Follow-ups a gathered reminder names one by one; the rest it counts (issue 22). */
    int gatheredShows = 8;
    /** The days of the week a follow-up may fall on, the member's calendar ({@code notes go out:}); Monday to Friday unless set. */
    WorkingDays workingDays = WorkingDays.MONDAY_TO_FRIDAY;

    PlanFileReader(String file, Intake intake, Problems problems) {
        this.file = file;
        this.intake = intake;
        this.problems = problems;
    }

    void settings(PlaybookFile.Block block) {
        for (PlaybookFile.Entry entry : block.entries()) {
            String value = entry.value().strip();
            switch (entry.key()) {
                case "writing order" -> {
                    writingOrder = list(value);
                    List<String> parts = intake.has("contacts")
                            ? intake.step("contacts").options().stream().map(Option::value).toList() : List.of();
                    writingOrder.stream().filter(p -> !parts.contains(p)).forEach(p -> problems.add(file,
                            entry.line(), "unknown part '" + p + "'; the contacts step knows " + parts));
                }
                case "note order" -> noteOrder = list(value);
                case "fewest notes" -> fewestNotes = number(entry, value);
                case "most notes" -> mostNotes = number(entry, value);
                case "fill up with" -> fillUp = list(value);
                case "snooze" -> snooze = days(entry, value, DAYS);
                case "repeat" -> repeat(entry, value, "");
                case "reminder offers" -> {
                    Matcher m = OFFERS.matcher(value);
                    if (!m.matches()) {
                        problems.add(file, entry.line(), "write 'reminder offers: kind = outcome, outcome'");
                    } else if (followUpKind(entry, m.group(1))) {
                        List<String> outcomes = list(m.group(2));
                        outcomes.stream().filter(o -> !Playbook.OUTCOMES.contains(o)).forEach(o -> problems.add(
                                file, entry.line(), "unknown outcome '" + o + "'; known: "
                                        + String.join(", ", Playbook.OUTCOMES)));
                        offers.put(m.group(1), outcomes);
                    }
                }
                case "longest" -> {
                    Matcher m = LONGEST.matcher(value);
                    if (!m.matches()) {
                        problems.add(file, entry.line(), "write 'longest: kind = N characters'");
                    } else if (!Playbook.KINDS.contains(m.group(1))) {
                        problems.add(file, entry.line(), "unknown kind '" + m.group(1) + "'; known: "
                                + String.join(", ", Playbook.KINDS));
                    } else {
                        longest.put(m.group(1), Integer.parseInt(m.group(2)));
                    }
                }
                case "one ask at a time" -> {
                    asks = list(value);
                    asks.forEach(k -> followUpKind(entry, k));
                }
                case "quiet month" -> quietMonth = days(entry, value, DAYS);
                case "at most" -> {
                    Matcher m = AT_MOST.matcher(value);
                    if (m.matches()) {
                        mostFollowUps = Integer.parseInt(m.group(1));
                        within = Duration.ofDays(Long.parseLong(m.group(2)));
                    } else {
                        problems.add(file, entry.line(), "write 'at most: N follow-ups to one person in M days'");
                    }
                }
                case "reminders a day" -> remindersADay = atLeastOne(entry, value);
                case "gathered shows" -> gatheredShows = atLeastOne(entry, value);
                case "notes go out" -> workingDays = weekDays(entry, value);
                default -> {
                    if (entry.key().startsWith("repeat ") && entry.key().length() > "repeat ".length()) {
                        repeat(entry, value, entry.key().substring("repeat ".length()).strip());
                    } else {
                        problems.add(file, entry.line(), "unknown setting '" + entry.key() + "'; known: "
                        + String.join(", ", SETTINGS) + ", repeat <cadence>");
                    }
                }
            }
        }
        if (writingOrder.isEmpty()) {
            problems.add(file, "missing the setting 'writing order:' (who is written to first)");
        }
        if (noteOrder.isEmpty()) {
            problems.add(file, "missing the setting 'note order:' (the guidance lines, by priority)");
        }
        if (fewestNotes > mostNotes) {
            problems.add(file, "'fewest notes' is more than 'most notes'");
        }
        fillUp.stream().filter(n -> !noteOrder.contains(n)).forEach(n -> problems.add(file,
                "'fill up with' names '" + n + "', which is not in 'note order'"));
    }

    /**
     * {@code repeat: kind every N days, at most M times}, or {@code repeat <cadence>:} the same at a cadence
     * the member may choose (issue 21), kept under the key {@code "<cadence> <kind>"}.
     */
    private void repeat(PlaybookFile.Entry entry, String value, String cadence) {
        Matcher m = EVERY.matcher(value);
        if (m.matches() && m.group(3) == null) {
            problems.add(file, entry.line(), "a repeating follow-up needs an end: write "
                    + "'repeat: kind every N days, at most M times'");
        } else if (m.matches() && followUpKind(entry, m.group(1))) {
            String key = cadence.isEmpty() ? m.group(1) : cadence + " " + m.group(1);
            repeats.put(key, Duration.ofDays(Long.parseLong(m.group(2))));
            repeatTimes.put(key, Integer.parseInt(m.group(3)));
            if (!cadence.isEmpty() && !cadences.contains(cadence)) {
                cadences.add(cadence);
            }
        } else if (!m.matches()) {
            problems.add(file, entry.line(), "write 'repeat: kind every N days, at most M times'");
        }
    }

    Rule rule(PlaybookFile.Block block) {
        Set<String> on = new LinkedHashSet<>();
        List<Condition> when = new ArrayList<>();
        List<Send> write = new ArrayList<>();
        List<Send> writeAfter = new ArrayList<>();
        List<Send> remind = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> stop = new LinkedHashSet<>();
        Set<String> stopForThem = new LinkedHashSet<>();
        String again = null;
        PlaybookFile.Entry onEntry = block.entry("on");
        if (onEntry == null) {
            problems.add(file, block.line(), "rule [" + block.name() + "] needs 'on: plan' or 'on: <outcome>' ("
                    + String.join(", ", Playbook.OUTCOMES) + ")");
        } else {
            for (String event : list(onEntry.value())) {
                if (event.equals(PLAN) || Playbook.OUTCOMES.contains(event)) {
                    on.add(event);
                } else {
                    problems.add(file, onEntry.line(), "unknown event '" + event + "'; use plan or one of "
                            + String.join(", ", Playbook.OUTCOMES));
                }
            }
        }
        // A rule on outcomes (even a misspelt one, already reported) may write to "them".
        boolean report = onEntry != null && !list(onEntry.value()).contains(PLAN);
        for (PlaybookFile.Entry entry : block.entries()) {
            String value = entry.value().strip();
            switch (entry.key()) {
                case "on" -> {
                }
                case "when" -> condition(entry, value, when);
                case "write" -> send(entry, value, false, report, write);
                case "write after" -> send(entry, value, false, report, writeAfter);
                case "remind" -> send(entry, value, true, report, remind);
                case "note" -> list(value).forEach(n -> {
                    if (noteOrder.contains(n)) {
                        notes.add(n);
                    } else {
                        problems.add(file, entry.line(), "unknown note '" + n
                                + "'; add it to 'note order' (and a line in words.txt)");
                    }
                });
                case "stop" -> list(value).forEach(k -> {
                    if (followUpKind(entry, k)) {
                        stop.add(k);
                    }
                });
                case "stop for them" -> {
                    if (!report) {
                        problems.add(file, entry.line(), "'stop for them' belongs in a rule 'on:' an outcome");
                    }
                    list(value).forEach(k -> {
                        if (followUpKind(entry, k)) {
                            stopForThem.add(k);
                        }
                    });
                }
                case "plan again with outcome" -> {
                    List<String> outcomes = intake.has("outcome")
                            ? intake.step("outcome").options().stream().map(Option::value).toList() : List.of();
                    if (!report) {
                        problems.add(file, entry.line(), "'plan again with outcome' belongs in a rule 'on:' an outcome");
                    } else if (!outcomes.contains(value)) {
                        problems.add(file, entry.line(), "unknown outcome '" + value + "'; the intake knows "
                                + outcomes);
                    } else {
                        again = value;
                    }
                }
                default -> problems.add(file, entry.line(), "unknown key '" + entry.key() + "' in rule ["
                        + block.name() + "]; known: " + String.join(", ", RULE_KEYS));
            }
        }
        return new Rule(block.name(), on, when, write, writeAfter, remind, notes, stop, stopForThem, again);
    }

    private void condition(PlaybookFile.Entry entry, String value, List<Condition> when) {
        Condition condition = Condition.parse(value);
        if (condition == null) {
            problems.add(file, entry.line(), "write a condition as 'step is value', 'step in value, value' "
                    + "or 'step has value'");
        } else if (!intake.has(condition.step()) && !FACTS.contains(condition.step())) {
            problems.add(file, entry.line(), "unknown step '" + condition.step() + "' in 'when'; use an intake "
                    + "step or " + String.join(", ", FACTS));
        } else {
            List<String> known = switch (condition.step()) {
                case "people", "met", "clicked", "asks" -> PEOPLE;
                case "referred_to" -> List.of("yes", "no");
                case "proposed" -> Playbook.KINDS;
                case "earlier" -> Playbook.OUTCOMES;
                default -> intake.step(condition.step()).options().stream().map(Option::value).toList();
            };
            condition.values().stream().filter(v -> !known.isEmpty() && !known.contains(v)).sorted()
                    .forEach(v -> problems.add(file, entry.line(), "unknown value '" + v + "' for "
                            + condition.step() + "; known: " + String.join(", ", known)));
            when.add(condition);
        }
    }

    private void send(PlaybookFile.Entry entry, String value, boolean followUp, boolean report,
                      List<Send> into) {
        Matcher m = SEND.matcher(value);
        if (!m.matches() || (followUp != (m.group(3) != null))) {
            problems.add(file, entry.line(), followUp ? "write 'remind: kind to whom after N days'"
                    : "write '" + entry.key() + ": kind to whom'");
            return;
        }
        String kind = m.group(1);
        String phrase = m.group(2).strip();
        boolean known = followUp ? followUpKind(entry, kind) : scriptKind(entry, kind);
        Whom whom = Whom.read(phrase).orElse(null);
        if (whom == null) {
            problems.add(file, entry.line(), "unknown recipient '" + phrase + "'; use "
                    + String.join(", ", Whom.phrases()));
        } else if (whom == Whom.THEM && !report) {
            problems.add(file, entry.line(), "'them' is the person an outcome is about: only in rules 'on:' "
                    + "an outcome");
        } else if (known) {
            into.add(new Send(kind, whom, followUp ? Duration.ofDays(Long.parseLong(m.group(3))) : null));
        }
    }

    private boolean scriptKind(PlaybookFile.Entry entry, String kind) {
        if (Playbook.KINDS.contains(kind)) {
            return true;
        }
        problems.add(file, entry.line(), "unknown kind '" + kind + "'; the playbook knows "
                + String.join(", ", Playbook.KINDS));
        return false;
    }

    private boolean followUpKind(PlaybookFile.Entry entry, String kind) {
        if (Playbook.FOLLOW_UP_KINDS.contains(kind)) {
            return true;
        }
        problems.add(file, entry.line(), "unknown follow-up kind '" + kind + "'; a reminder can propose "
                + String.join(", ", Playbook.FOLLOW_UP_KINDS));
        return false;
    }

    private int number(PlaybookFile.Entry entry, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(file, entry.line(), "expected a whole number, got '" + value + "'");
            return 0;
        }
    }

    private int atLeastOne(PlaybookFile.Entry entry, String value) {
        int n = number(entry, value);
        if (n < 1 && value.matches("-?\\d+")) {
            problems.add(file, entry.line(), "expected 1 or more, got '" + value + "'");
        }
        return Math.max(n, 1);
    }

    private Duration days(PlaybookFile.Entry entry, String value, Pattern pattern) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            problems.add(file, entry.line(), "expected a number of days, like '7 days'");
            return Duration.ofDays(7);
        }
        return Duration.ofDays(Long.parseLong(m.group(1)));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The days named in {@code notes go out: monday, tuesday, ...} (English day names, any case); at least one. */
    private WorkingDays weekDays(PlaybookFile.Entry entry, String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : list(value)) {
            try {
                days.add(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(file, entry.line(), "unknown day '" + name + "'; write days like: monday, tuesday");
            }
        }
        if (days.isEmpty()) {
            problems.add(file, entry.line(), "'notes go out:' names no day; write days like: monday, tuesday");
            return workingDays;
        }
        return new WorkingDays(days);
    }
}
