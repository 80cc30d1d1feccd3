package rebound.playbook;

import java.util.List;

/** The playbook cannot be used: carries every problem found, each with its file and line. */
public final class PlaybookException extends RuntimeException {

    private final List<String> problems;

    public PlaybookException(List<String> problems) {
        super("The playbook has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
