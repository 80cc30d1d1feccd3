package rebound.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;

/**
 * A piece of playbook text with {@code ${variables}}, checked when it is loaded and rendered with
 * commons-text so that whatever a member typed is inserted literally, never expanded again.
 *
 * <p>A line may start with a condition and is then kept only when it holds:
 * {@code [if detail]}, {@code [if not detail]}, {@code [if part=recruiter|hiring_manager]}, or
 * several joined by commas, all of which must hold. Inside a line, {@code [if detail] (${detail})[/if]}
 * keeps just that piece when its condition holds.
 */
public final class Template {

    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([^}]*)}");
    private static final Pattern CONDITION = Pattern.compile("^\\[if ([^]]+)]\\s?");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern PIECE = Pattern.compile("\\[if ([^]]+)](.*?)\\[/if]|\\[pick](.*?)\\[/pick]");
    private static final String OR = "[or]";

    private record Test(String variable, boolean negated, Set<String> values) {
        boolean holds(Map<String, String> vars) {
            String value = vars.get(variable);
            value = value == null ? "" : value;
            boolean result = values.isEmpty() ? !value.isBlank() : values.contains(value);
            return negated != result;
        }
    }

    /** Text kept when its tests hold; a pick holds several wordings of which one is rendered. */
    private record Piece(String text, List<Test> tests, List<String> wordings) {
        Piece(String text, List<Test> tests) {
            this(text, tests, List.of());
        }

        boolean isPick() {
            return !wordings.isEmpty();
        }
    }

    private record Line(List<Piece> pieces, List<Test> tests) {
    }

    private final List<Line> lines;

    private Template(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    /** A template that is known to be valid, for text written in code such as tests. */
    public static Template of(String text, Set<String> known) {
        Problems problems = new Problems();
        Template template = compile("(inline)", text, List.of(1), known, problems);
        problems.throwIfAny();
        return template;
    }

    /**
     * Compiles {@code text}, whose n-th line stands on {@code lineNumbers.get(n)} of {@code file}
     * (or after the last number given), reporting each unknown variable or bad condition.
     */
    public static Template compile(String file, String text, List<Integer> lineNumbers, Set<String> known,
                                   Problems problems) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            int number = i < lineNumbers.size() ? lineNumbers.get(i)
                    : lineNumbers.get(lineNumbers.size() - 1) + (i - lineNumbers.size() + 1);
            String line = raw[i];
            List<Test> tests = new ArrayList<>();
            Matcher condition = CONDITION.matcher(line);
            if (condition.find() && !line.contains("[/if]")) {
                tests = tests(file, number, condition.group(1), known, problems);
                line = line.substring(condition.end());
            }
            List<Piece> pieces = new ArrayList<>();
            Matcher piece = PIECE.matcher(line);
            int at = 0;
            while (piece.find()) {
                pieces.add(new Piece(line.substring(at, piece.start()), List.of()));
                if (piece.group(3) != null) {
                    List<String> wordings = List.of(piece.group(3).split(Pattern.quote(OR), -1));
                    if (wordings.size() < 2 || piece.group(3).contains("[if ")) {
                        problems.add(file, number, "a [pick] needs two or more wordings split by [or], "
                                + "and no [if ...] inside");
                    }
                    pieces.add(new Piece("", List.of(), wordings));
                } else {
                    pieces.add(new Piece(piece.group(2), tests(file, number, piece.group(1), known, problems)));
                }
                at = piece.end();
            }
            pieces.add(new Piece(line.substring(at), List.of()));
            Matcher variable = VARIABLE.matcher(line);
            while (variable.find()) {
                if (!known.contains(variable.group(1))) {
                    problems.add(file, number, "unknown variable ${" + variable.group(1) + "}; known: "
                            + String.join(", ", known.stream().sorted().toList()));
                }
            }
            String rest = PIECE.matcher(line).replaceAll("");
            if (rest.contains("[if ") || rest.contains("[/if]")) {
                problems.add(file, number, "an [if ...] here has no matching [/if], or [/if] has no [if ...]");
            }
            if (rest.contains("[pick]") || rest.contains("[/pick]") || rest.contains(OR)) {
                problems.add(file, number, "a [pick] here has no matching [/pick], or [or] stands outside one");
            }
            lines.add(new Line(pieces, tests));
        }
        return new Template(lines);
    }

    private static List<Test> tests(String file, int number, String conditions, Set<String> known,
                                    Problems problems) {
        List<Test> tests = new ArrayList<>();
        for (String part : conditions.split(",")) {
            Test test = parseTest(part.strip());
            if (test == null || !known.contains(test.variable())) {
                problems.add(file, number, "unknown condition [if " + part.strip() + "]: "
                        + "use [if name], [if not name] or [if name=value] with a known variable");
            } else {
                tests.add(test);
            }
        }
        return tests;
    }

    private static Test parseTest(String text) {
        boolean negated = text.startsWith("not ");
        String rest = negated ? text.substring(4).strip() : text;
        int equals = rest.indexOf('=');
        if (equals < 0) {
            return rest.matches("[a-z_]+") ? new Test(rest, negated, Set.of()) : null;
        }
        String name = rest.substring(0, equals).strip();
        Set<String> values = Set.of(rest.substring(equals + 1).strip().split("\\s*\\|\\s*"));
        return name.matches("[a-z_]+") ? new Test(name, negated, values) : null;
    }

    /** Renders with these values, each {@code [pick]} taking its first wording. */
    public String render(Map<String, String> values) {
        return render(values, 0);
    }

    /**
     * Renders with these values; variables without a value render empty. {@code choice} (0 or more)
     * selects the wordings of the {@code [pick]}s as the digits of a mixed-radix number, so every
     * choice below the product of their sizes renders a different combination (issue 13: no two
     * people at one company get the same note).
     */
    public String render(Map<String, String> values, int choice) {
        int rest = Math.max(0, choice);
        StringSubstitutor substitutor = new StringSubstitutor(key -> {
            String value = values.get(key);
            return value == null ? "" : value;
        });
        substitutor.setDisableSubstitutionInValues(true);
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            if (holds(line.tests(), values)) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                for (Piece piece : line.pieces()) {
                    if (piece.isPick()) {
                        String wording = piece.wordings().get(rest % piece.wordings().size());
                        rest /= piece.wordings().size();
                        out.append(wording.indexOf('$') < 0 ? wording : substitutor.replace(wording));
                    } else if (holds(piece.tests(), values)) {
                        // only text naming a variable needs the substitutor; member values are never re-scanned
                        out.append(piece.text().indexOf('$') < 0 ? piece.text() : substitutor.replace(piece.text()));
                    }
                }
            }
        }
        String text = out.toString();
        // most renders drop no line; scanning every render with the pattern cost a sixth of the engine's time
        return (text.contains("\n\n\n") ? BLANK_LINES.matcher(text).replaceAll("\n\n") : text).strip();
    }

    private static boolean holds(List<Test> tests, Map<String, String> values) {
        for (Test test : tests) {
            if (!test.holds(values)) {
                return false;
            }
        }
        return true;
    }
}
