package rebound.rejection;

import java.time.Instant;

/** Something that happened to a rejection after the intake: an outcome reported, a reminder sent. */
public record HistoryEntry(Instant at, String what, String to) {

    public HistoryEntry {
        to = to == null ? "" : to;
    }
}
