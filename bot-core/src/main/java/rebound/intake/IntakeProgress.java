package rebound.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rebound.rejection.Contact;

/**
 * An intake under way: the step being asked, the answers so far (option values; several values
 * joined by commas; an empty string for a skipped step), the people added, and the steps asked in
 * order, so {@code back} can return to the previous one, and what the people step waits for before
 * it goes on ({@code pending}, null when nothing, or when what it waits for was stored by a version this one
 * does not know; any move to another step ends it).
 */
public record IntakeProgress(String step, Map<String, String> answers, List<Contact> contacts, List<String> trail,
                             PeoplePending pending) {

    public IntakeProgress {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        trail = trail == null ? List.of() : List.copyOf(trail);
        // a pending whose stored form this version does not know waits for nothing
        pending = pending == null || pending.waitsFor() == null ? null : pending;
    }

    /** An intake under way with nothing pending at the people step. */
    public IntakeProgress(String step, Map<String, String> answers, List<Contact> contacts, List<String> trail) {
        this(step, answers, contacts, trail, null);
    }

    public static IntakeProgress start(Intake intake) {
        return new IntakeProgress(intake.first().id(), Map.of(), List.of(), List.of());
    }

    public String answer(String id) {
        return answers.get(id);
    }

    public IntakeProgress answered(String id, String value) {
        Map<String, String> more = new LinkedHashMap<>(answers);
        more.put(id, value);
        return new IntakeProgress(step, more, contacts, trail, pending);
    }

    public IntakeProgress unanswered(String id) {
        Map<String, String> fewer = new LinkedHashMap<>(answers);
        fewer.remove(id);
        return new IntakeProgress(step, fewer, contacts, trail, pending);
    }

    /** The same intake with these people instead (a person removed, fixed or marked). */
    public IntakeProgress withContacts(List<Contact> people) {
        return new IntakeProgress(step, answers, people, trail, pending);
    }

    /** The same intake waiting for {@code what} at the people step (null: for nothing). */
    public IntakeProgress waitingFor(PeoplePending what) {
        return new IntakeProgress(step, answers, contacts, trail, what);
    }

    /** Moves to {@code next}, remembering the step left so {@code back} can return to it. */
    public IntakeProgress movedTo(String next) {
        if (next.equals(step)) {
            return this;
        }
        List<String> longer = new ArrayList<>(trail);
        longer.add(step);
        return new IntakeProgress(next, answers, contacts, longer);
    }

    /** Returns to the previous step asked, or stays when there is none. */
    public IntakeProgress back() {
        if (trail.isEmpty()) {
            return this;
        }
        List<String> shorter = new ArrayList<>(trail);
        String previous = shorter.remove(shorter.size() - 1);
        return new IntakeProgress(previous, answers, contacts, shorter);
    }
}
