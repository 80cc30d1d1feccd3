package rebound.plan;

import java.util.Comparator;
import java.util.List;
import rebound.frontdoor.Draft;
import rebound.rejection.FollowUp;

/**
 * What the playbook proposes for one rejection: drafts ready now, follow-ups for later, and the
 * keys of the guidance lines (in {@code words.txt}) that explain the plan. The follow-ups are in date
 * order.
 */
public record Plan(List<Draft> drafts, List<FollowUp> followUps, List<String> notes) {

    public Plan {
        drafts = List.copyOf(drafts);
        // issue 21: the list the member reads is in date order (a stable sort: one day keeps the rules' order)
        followUps = followUps.stream().sorted(Comparator.comparing(FollowUp::due)).toList();
        notes = List.copyOf(notes);
    }
}
