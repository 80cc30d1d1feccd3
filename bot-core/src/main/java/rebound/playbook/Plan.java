package rebound.playbook;

import java.util.List;
import rebound.rejection.Draft;
import rebound.rejection.FollowUp;

/**
 * What the playbook proposes for one rejection: drafts ready now, follow-ups for later, and the
 * keys of the guidance lines (in {@code words.txt}) that explain the plan.
 */
public record Plan(List<Draft> drafts, List<FollowUp> followUps, List<String> notes) {

    public Plan {
        drafts = List.copyOf(drafts);
        followUps = List.copyOf(followUps);
        notes = List.copyOf(notes);
    }
}
