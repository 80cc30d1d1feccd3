package rebound.rejection;

/** A message ready for the member to copy and send: one script rendered for one recipient. */
public record Draft(String kind, String to, String part, String subject, String body) {
}
