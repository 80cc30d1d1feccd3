package rebound.rejection;

import java.time.Instant;

/**
 * Something that happened to a rejection after the intake: an outcome reported, a reminder sent.
 *
 * @param to     the person it concerns (empty: the company, or nobody in particular)
 * @param detail what the member added, such as the company a referral is for (null when nothing, so
 *               files of earlier versions read the same)
 */
public record HistoryEntry(Instant at, String what, String to, String detail) {

    public HistoryEntry {
        to = to == null ? "" : to;
        detail = detail == null || detail.isBlank() ? null : detail;
    }

    /** An entry with nothing added. */
    public HistoryEntry(Instant at, String what, String to) {
        this(at, what, to, null);
    }
}
