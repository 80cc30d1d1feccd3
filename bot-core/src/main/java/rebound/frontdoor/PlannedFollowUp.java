package rebound.frontdoor;

import java.time.Instant;

/** A follow-up as shown to the member: what it is, when it is due and who it is about. */
public record PlannedFollowUp(String kind, Instant due, String to) {
}
