package rebound.playbook;

import java.util.ArrayList;
import java.util.List;

/** Everything wrong with a playbook, each problem naming its file and line. */
public final class Problems {

    private final List<String> found = new ArrayList<>();

    public void add(String file, int line, String message) {
        found.add(file + ":" + line + ": " + message);
    }

    public void add(String file, String message) {
        found.add(file + ": " + message);
    }

    public List<String> all() {
        return List.copyOf(found);
    }

    /** Stops start-up with every problem listed, when there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new PlaybookException(found);
        }
    }
}
