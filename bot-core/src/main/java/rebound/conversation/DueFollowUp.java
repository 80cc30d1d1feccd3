package rebound.conversation;

import rebound.rejection.FollowUp;
import rebound.rejection.Rejection;

/** A follow-up that is due, with the rejection it belongs to (as it was when found due). */
public record DueFollowUp(Rejection rejection, FollowUp followUp) {
}
