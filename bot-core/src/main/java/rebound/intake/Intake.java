package rebound.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import rebound.playbook.PlaybookFile;
import rebound.playbook.PlaybookSource;
import rebound.playbook.Problems;
import rebound.playbook.Template;
import rebound.words.Words;

/**
 * The ordered questions that fill a rejection, read from the playbook's {@code intake.txt}. The
 * next question is always the first one that applies and has no answer yet, so going back, editing
 * from the summary or changing an answer that other questions depend on all follow one rule.
 */
public final class Intake {

    public static final String FILE = "intake.txt";

    /** Step ids other code relies on; a community's intake must keep them. */
    public static final List<String> REQUIRED_STEPS = List.of(
            "company", "role", "stage", "outcome", "contacts", "still_interested", "goals", "tone", "confirm");

    /**
     * Longest step id and option value, in characters: a pressed option travels as
     * {@code answer:<step>:<value>}, which must fit the 80 characters of an encoded action (Discord's
     * 100-character {@code custom_id}, less room for a front door's prefix).
     */
    static final int LONGEST_ID = 24;
    static final int LONGEST_VALUE = 40;

    private final Map<String, Step> steps;

    private Intake(List<Step> steps) {
        Map<String, Step> byId = new LinkedHashMap<>();
        steps.forEach(s -> byId.put(s.id(), s));
        this.steps = byId;
    }

    public static Intake load(PlaybookSource source, Problems problems) {
        PlaybookSource.Text text = source.require(FILE, problems);
        PlaybookFile file = PlaybookFile.parse(text.displayName(), text.content(), problems);
        List<Step> steps = new ArrayList<>();
        for (PlaybookFile.Block block : file.blocks()) {
            Step step = readStep(text.displayName(), block, problems);
            if (step != null) {
                steps.add(step);
            }
        }
        Set<String> ids = steps.stream().map(Step::id).collect(java.util.stream.Collectors.toSet());
        for (String required : REQUIRED_STEPS) {
            if (!ids.contains(required)) {
                problems.add(text.displayName(), "the intake has no [" + required + "] step, which Rebound needs");
            }
        }
        for (PlaybookFile.Block block : file.blocks()) {
            for (String key : List.of("ask when", "required when")) {
                PlaybookFile.Entry entry = block.entry(key);
                if (entry != null) {
                    Condition condition = Condition.parse(entry.value());
                    if (condition != null && !ids.contains(condition.step())) {
                        problems.add(text.displayName(), entry.line(), "'" + key + "' names an unknown step '"
                                + condition.step() + "'");
                    }
                }
            }
        }
        return new Intake(steps);
    }

    private static Step readStep(String file, PlaybookFile.Block block, Problems problems) {
        if (block.name().isEmpty()) {
            problems.add(file, block.line(), "entries must stand inside a [step] block");
            return null;
        }
        if (block.name().length() > LONGEST_ID || block.name().contains(":")) {
            problems.add(file, block.line(), "step id [" + block.name() + "] must be at most " + LONGEST_ID
                    + " characters without ':'; a button carries it");
        }
        StepKind kind;
        try {
            kind = StepKind.parse(required(file, block, "kind", problems, "text"));
        } catch (IllegalArgumentException e) {
            problems.add(file, block.entry("kind").line(), "unknown kind '" + block.get("kind") + "'; use one of "
                    + Arrays.toString(StepKind.values()).toLowerCase());
            return null;
        }
        List<Option> options = new ArrayList<>();
        for (PlaybookFile.Entry entry : block.all("option")) {
            String[] parts = entry.value().split("=", 2);
            if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add(file, entry.line(), "write an option as 'option: value = Label'");
                continue;
            }
            if (parts[0].strip().length() > LONGEST_VALUE) {
                problems.add(file, entry.line(), "the option value '" + parts[0].strip() + "' is longer than "
                        + LONGEST_VALUE + " characters; a button carries it (the label may be longer)");
            }
            options.add(new Option(parts[0].strip(), parts[1].strip(), List.of()));
        }
        for (PlaybookFile.Entry entry : block.all("alias")) {
            String[] parts = entry.value().split("=", 2);
            int index = parts.length < 2 ? -1 : indexOf(options, parts[0].strip());
            if (index < 0) {
                problems.add(file, entry.line(), "write an alias as 'alias: value = other words, more words' "
                        + "after the option it belongs to");
                continue;
            }
            List<String> aliases = new ArrayList<>(options.get(index).aliases());
            Arrays.stream(parts[1].split(",")).map(String::strip).filter(a -> !a.isEmpty()).forEach(aliases::add);
            options.set(index, options.get(index).withAliases(aliases));
        }
        boolean choosing = kind == StepKind.ONE || kind == StepKind.SEVERAL || kind == StepKind.YES_NO;
        if (choosing && options.isEmpty()) {
            problems.add(file, block.line(), "step [" + block.name() + "] is a " + kind.name().toLowerCase()
                    + " step but has no 'option:' lines");
        }
        return new Step(block.name(), kind,
                block.get("label") == null ? block.name() : block.get("label"),
                text(file, block, "prompt", true, problems),
                text(file, block, "hint", false, problems),
                text(file, block, "help", false, problems),
                "yes".equalsIgnoreCase(block.get("optional")),
                maxLength(file, block, problems),
                options,
                condition(file, block, "ask when", problems),
                condition(file, block, "required when", problems));
    }

    private static int indexOf(List<Option> options, String value) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).value().equals(value)) {
                return i;
            }
        }
        return -1;
    }

    private static String required(String file, PlaybookFile.Block block, String key, Problems problems,
                                   String fallback) {
        String value = block.get(key);
        if (value == null || value.isBlank()) {
            problems.add(file, block.line(), "step [" + block.name() + "] needs a '" + key + ":' line");
            return fallback;
        }
        return value;
    }

    private static Template text(String file, PlaybookFile.Block block, String key, boolean required,
                                 Problems problems) {
        PlaybookFile.Entry entry = block.entry(key);
        if (entry == null) {
            if (required) {
                problems.add(file, block.line(), "step [" + block.name() + "] needs a '" + key + ":' line");
            }
            return Template.of("", Words.VARIABLES);
        }
        return Template.compile(file, entry.value(), entry.lines(), Words.VARIABLES, problems);
    }

    private static int maxLength(String file, PlaybookFile.Block block, Problems problems) {
        PlaybookFile.Entry entry = block.entry("max");
        if (entry == null) {
            return 300;
        }
        try {
            return Integer.parseInt(entry.value().strip());
        } catch (NumberFormatException e) {
            problems.add(file, entry.line(), "'max' must be a number of characters");
            return 300;
        }
    }

    private static Condition condition(String file, PlaybookFile.Block block, String key, Problems problems) {
        PlaybookFile.Entry entry = block.entry(key);
        if (entry == null) {
            return Condition.ALWAYS;
        }
        Condition condition = Condition.parse(entry.value());
        if (condition == null) {
            problems.add(file, entry.line(), "write a condition as 'step has value', 'step is value' "
                    + "or 'step in value, value'");
            return Condition.ALWAYS;
        }
        return condition;
    }

    public List<Step> steps() {
        return List.copyOf(steps.values());
    }

    public Step first() {
        return steps.values().iterator().next();
    }

    public boolean has(String id) {
        return steps.containsKey(id);
    }

    public Step step(String id) {
        Step step = steps.get(id);
        if (step == null) {
            throw new NoSuchElementException("no intake step '" + id + "'");
        }
        return step;
    }

    /**
     * The first step that applies and has no answer yet, with {@code people} people added (steps about
     * them need some to choose from): the summary once everything is answered.
     */
    public Step next(Map<String, String> answers, int people) {
        for (Step step : steps.values()) {
            if (step.kind() != StepKind.CONFIRM && step.isAsked(answers, people) && !answers.containsKey(step.id())) {
                return step;
            }
        }
        return step("confirm");
    }

    /**
     * The steps that apply to these answers and have one, in order, with {@code people} people added:
     * what the summary shows.
     */
    public List<Step> answered(Map<String, String> answers, int people) {
        return steps.values().stream()
                .filter(s -> s.kind() != StepKind.CONFIRM && s.isAsked(answers, people) && answers.containsKey(s.id()))
                .toList();
    }
}
