package rebound.rejection;

import java.time.Instant;
import java.util.Arrays;

/**
 * Something that happened to a rejection after the intake: an outcome reported, a reminder sent.
 *
 * <p>{@code what} is kept in the member's JSON as files of earlier versions hold it: {@code outcome:<o>},
 * {@code sent:<draft kind>}, {@code reminder:<kind>}, {@code snoozed:<kind>}, {@code stopped:<kind>} (one
 * chain, issue 21) or {@code stopped} (everything). It is written by the factories here and read back in
 * one place, {@link #type()} and {@link #value()} (issue 19: it was read by prefix in each reader); a
 * string this version does not write reads as {@link Type#OTHER} and is kept as it is.
 *
 * @param to     the person it concerns (empty: the company, or nobody in particular)
 * @param detail what the member added, such as the company a referral is for (null when nothing, so
 *               files of earlier versions read the same)
 */
public record HistoryEntry(Instant at, String what, String to, String detail) {

    /** What happened: the part of {@code what} before its colon. */
    public enum Type {
        /** The member told an outcome ({@link #value()}: its value, such as {@code declined}). */
        OUTCOME("outcome"),
        /** The member marked a note sent ({@link #value()}: the draft's kind). */
        SENT("sent"),
        /** A reminder came ({@link #value()}: the follow-up's kind). */
        REMINDER("reminder"),
        /** The member snoozed a reminder ({@link #value()}: the follow-up's kind). */
        SNOOZED("snoozed"),
        /** The member stopped a chain ({@link #value()}: its kind) or everything ({@link #value()} empty). */
        STOPPED("stopped"),
        /** An entry this version does not write. */
        OTHER("");

        private final String stored;

        Type(String stored) {
            this.stored = stored;
        }
    }

    public HistoryEntry {
        to = to == null ? "" : to;
        detail = detail == null || detail.isBlank() ? null : detail;
    }

    /** An entry with nothing added. */
    public HistoryEntry(Instant at, String what, String to) {
        this(at, what, to, null);
    }

    /** The member told {@code outcome} about {@code to} (empty: the team, or nobody) with {@code detail} (or null). */
    public static HistoryEntry outcome(Instant at, String outcome, String to, String detail) {
        return new HistoryEntry(at, Type.OUTCOME.stored + ":" + outcome, to, detail);
    }

    /** The member marked their note of {@code draftKind} to {@code to} sent. */
    public static HistoryEntry sent(Instant at, String draftKind, String to) {
        return new HistoryEntry(at, Type.SENT.stored + ":" + draftKind, to);
    }

    /** A reminder of {@code kind} about {@code to} came; {@code detail} says how (or null). */
    public static HistoryEntry reminder(Instant at, String kind, String to, String detail) {
        return new HistoryEntry(at, Type.REMINDER.stored + ":" + kind, to, detail);
    }

    /** The member snoozed the reminder of {@code kind} about {@code to}. */
    public static HistoryEntry snoozed(Instant at, String kind, String to) {
        return new HistoryEntry(at, Type.SNOOZED.stored + ":" + kind, to);
    }

    /** The member stopped the chain of {@code kind} to {@code to}. */
    public static HistoryEntry stopped(Instant at, String kind, String to) {
        return new HistoryEntry(at, Type.STOPPED.stored + ":" + kind, to);
    }

    /** The member stopped every follow-up of the rejection. */
    public static HistoryEntry stoppedEverything(Instant at) {
        return new HistoryEntry(at, Type.STOPPED.stored, "");
    }

    /** What happened, read from {@code what}. */
    public Type type() {
        String read = what == null ? "" : what;
        int colon = read.indexOf(':');
        String stored = colon < 0 ? read : read.substring(0, colon);
        return Arrays.stream(Type.values()).filter(t -> t != Type.OTHER && t.stored.equals(stored)).findFirst()
                .orElse(Type.OTHER);
    }

    /**
     * What {@code what} names after its colon: the outcome told, the kind of the note sent or of the
     * follow-up reminded, snoozed or stopped; empty for everything stopped and for {@link Type#OTHER}.
     */
    public String value() {
        int colon = what == null ? -1 : what.indexOf(':');
        return colon < 0 || type() == Type.OTHER ? "" : what.substring(colon + 1);
    }

    /** Whether this is of {@code type}. */
    public boolean is(Type type) {
        return type() == type;
    }

    /** Whether this is the outcome {@code outcome} told. */
    public boolean told(String outcome) {
        return is(Type.OUTCOME) && value().equals(outcome);
    }
}
