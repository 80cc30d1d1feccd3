package rebound.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import rebound.frontdoor.Draft;
import rebound.member.MemberState;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/**
 * A member's state with {@code count} logged rejections, for the front doors' tests of what a member
 * with many takes away (issue 20, item 9: 500 rejections, about 150,000 characters of JSON): each with
 * one person met, a thank-you draft of some 300 characters and a check-in still to come.
 */
public final class KeptRejections {

    private KeptRejections() {
    }

    /** {@code count} rejections logged at {@code loggedAt}, each with a check-in due 30 days later. */
    public static MemberState of(int count, Instant loggedAt) {
        List<Rejection> rejections = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String body = "Hi Dana,\n\nThank you for the time you gave me during the interviews at Company " + i
                    + ". I enjoyed our conversation about the move to weekly releases, and I learned a lot from the"
                    + " way your team thinks about shipping small. I'd be glad to stay in touch, and I hope our paths"
                    + " cross again.\n\nBest wishes";
            rejections.add(new Rejection("r" + i, loggedAt, "Company " + i, "Product Designer", "final", "hired_other",
                    true, List.of(new Contact("Dana Smith", "hiring_manager", "the move to weekly releases")),
                    List.of("thank", "stay_in_touch"), "", "warm",
                    List.of(new Draft("thank_you", "Dana Smith", "hiring manager", "Thank you", body, null)),
                    List.of(FollowUp.planned("r" + i + "-f1", "check_in", loggedAt.plus(Duration.ofDays(30)),
                            "Dana Smith")),
                    List.of()));
        }
        return MemberState.empty().withRejections(rejections);
    }
}
