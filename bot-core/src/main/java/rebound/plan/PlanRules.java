package rebound.plan;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rebound.intake.Condition;
import rebound.intake.Intake;
import rebound.playbook.PlaybookFile;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;

/**
 * The plan's rules, read from the playbook's {@code plan.txt}: which drafts are proposed, to whom, which
 * follow-ups come when, which guidance lines explain it, and how a reported outcome moves the plan.
 * Every problem is reported with its file and line, like the other playbook files.
 */
public final class PlanRules {

    public static final String FILE = "plan.txt";

    /** The rules that make the plan when the intake ends ({@code on: plan}); others name outcomes. */
    static final String PLAN = "plan";

    /** Facts a {@code when:} may test besides the intake's answers. */
    static final List<String> FACTS = List.of("people", "met", "clicked", "proposed", "earlier", "referred_to",
            "asks");
    static final List<String> PEOPLE = List.of("none", "one", "several");


    /** A draft of {@code kind} for {@code whom} (read from plan.txt's phrase); {@code after} is set for a follow-up. */
    record Send(String kind, Whom whom, Duration after) {
    }

    /** One [block] of plan.txt. */
    record Rule(String name, Set<String> on, List<Condition> when, List<Send> write, List<Send> writeAfter,
                List<Send> remind, List<String> notes, Set<String> stop, Set<String> stopForThem,
                String planAgainWithOutcome) {

        boolean holds(Map<String, String> facts) {
            return when.stream().allMatch(c -> c.holds(facts));
        }

        boolean hasActions() {
            return !write.isEmpty() || !writeAfter.isEmpty() || !remind.isEmpty();
        }
    }

    final List<String> writingOrder;
    final List<String> noteOrder;
    final int fewestNotes;
    final int mostNotes;
    final List<String> fillUp;
    final Map<String, Duration> repeats;
    /** How many times in all a repeating kind comes to one person (plan.txt: repeat ..., at most N times). */
    final Map<String, Integer> repeatTimes;
    final Duration snooze;
    /** The outcomes a reminder of a kind offers as buttons, when plan.txt narrows them (else all). */
    final Map<String, List<String>> offers;
    /**
     * The most characters a draft of a kind may have (plan.txt: longest: kind = N characters), where the
     * place it is pasted allows no more: a LinkedIn invitation's note (200 on a free account).
     */
    final Map<String, Integer> longest;
    /** The light touch (issue 21; seeds 000, 002, 004): see {@link LightTouch}. */
    final LightTouch touch;
    /** The cadences a member may choose besides the playbook's own (plan.txt: repeat monthly: ...). */
    final List<String> cadences;
    /**
     * The most reminder messages a member gets in one day of theirs (plan.txt: reminders a day; issue 22:
     * 500 due rejections once made 1,008 DMs in 78 s); when more are due, the last one gathers the rest.
     */
    final int remindersADay;
    /** How many follow-ups a gathered reminder names one by one (plan.txt: gathered shows); the rest it counts. */
    final int gatheredShows;
    final List<Rule> rules;

    private PlanRules(List<String> writingOrder, List<String> noteOrder, int fewestNotes, int mostNotes,
                      List<String> fillUp, Map<String, Duration> repeats, Map<String, Integer> repeatTimes,
                      Duration snooze,
                      Map<String, List<String>> offers, Map<String, Integer> longest, LightTouch touch,
                      List<String> cadences, int remindersADay, int gatheredShows, List<Rule> rules) {
        this.writingOrder = List.copyOf(writingOrder);
        this.noteOrder = List.copyOf(noteOrder);
        this.fewestNotes = fewestNotes;
        this.mostNotes = mostNotes;
        this.fillUp = List.copyOf(fillUp);
        this.repeats = Map.copyOf(repeats);
        this.repeatTimes = Map.copyOf(repeatTimes);
        this.snooze = snooze;
        this.offers = Map.copyOf(offers);
        this.longest = Map.copyOf(longest);
        this.touch = touch;
        this.cadences = List.copyOf(cadences);
        this.remindersADay = remindersADay;
        this.gatheredShows = gatheredShows;
        this.rules = List.copyOf(rules);
    }

    /** The same rules, dating follow-ups on the calendar of a member in {@code zone} ({@link LightTouch#inZone}). */
    PlanRules inZone(ZoneId zone) {
        return new PlanRules(writingOrder, noteOrder, fewestNotes, mostNotes, fillUp, repeats, repeatTimes, snooze,
                offers, longest, touch.inZone(zone), cadences, remindersADay, gatheredShows, rules);
    }

    /** The guidance keys the rules may show: each needs a line in words.txt. */
    public List<String> noteKeys() {
        return noteOrder;
    }

    List<Rule> on(String event) {
        return rules.stream().filter(r -> r.on().contains(event)).toList();
    }

    public static PlanRules load(PlaybookSource source, Intake intake, Problems problems) {
        PlaybookSource.Text text = source.require(FILE, problems);
        String file = text.displayName();
        PlaybookFile parsed = PlaybookFile.parse(file, text.content(), problems);
        PlanFileReader reader = new PlanFileReader(file, intake, problems);
        PlaybookFile.Block settings = parsed.blocks().stream().filter(b -> b.name().isEmpty()).findFirst()
                .orElse(new PlaybookFile.Block("", 1, List.of()));
        reader.settings(settings);
        List<Rule> rules = new ArrayList<>();
        for (PlaybookFile.Block block : parsed.blocks()) {
            if (!block.name().isEmpty()) {
                rules.add(reader.rule(block));
            }
        }
        if (rules.isEmpty()) {
            problems.add(file, "no rules: add at least one [block] with 'on: plan'");
        }
        return new PlanRules(reader.writingOrder, reader.noteOrder, reader.fewestNotes, reader.mostNotes,
                reader.fillUp, reader.repeats, reader.repeatTimes, reader.snooze, reader.offers, reader.longest,
                new LightTouch(reader.asks, reader.quietMonth, reader.mostFollowUps, reader.within, reader.workingDays),
                reader.cadences,
                reader.remindersADay, reader.gatheredShows, rules);
    }
}
