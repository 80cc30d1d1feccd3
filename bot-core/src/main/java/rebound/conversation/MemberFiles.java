package rebound.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import rebound.files.CalendarFile;
import rebound.files.CsvTable;
import rebound.frontdoor.Attachment;
import rebound.frontdoor.Draft;
import rebound.member.MemberState;
import rebound.plan.Playbook;
import rebound.reading.ReadingVocabulary;
import rebound.rejection.Contact;
import rebound.rejection.FollowUp;
import rebound.rejection.HistoryEntry;
import rebound.rejection.Rejection;
import rebound.words.Line;

/**
 * The files a member takes away (issue 21): the table of their rejections and outcomes (CSV, what
 * job-tracker users ask for) and the calendar of their upcoming follow-ups (iCalendar), every date in
 * the member's zone ({@link #zoneOf}).
 */
final class MemberFiles {

    /** The table of rejections, sent with the export. */
    static final String TABLE_NAME = "rebound-rejections.csv";
    /** The calendar of upcoming follow-ups. */
    static final String CALENDAR_NAME = "rebound-follow-ups.ics";

    private final Views views;
    private final Playbook playbook;
    private final ReadingVocabulary reading;

    MemberFiles(Views views, Playbook playbook, ReadingVocabulary reading) {
        this.views = views;
        this.playbook = playbook;
        this.reading = reading;
    }

    /**
     * The zone a member's dates are read in: their own (issue 21: UTC while not known); the one place that
     * decides it for these files.
     */
    static ZoneId zoneOf(MemberState state) {
        return state.zone();
    }

    /**
     * One row per rejection, in the order logged, under {@code export_columns}: dates as ISO
     * {@code yyyy-MM-dd} in {@code zone} (what spreadsheets read as dates).
     */
    Attachment table(MemberState state, ZoneId zone) {
        List<String> headers = Arrays.stream(views.say(Line.EXPORT_COLUMNS).split(",")).map(String::strip).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Rejection rejection : state.rejections()) {
            rows.add(row(rejection, zone));
        }
        return Attachment.text(TABLE_NAME, CsvTable.MEDIA_TYPE + "; charset=utf-8", CsvTable.write(headers, rows));
    }

    private List<String> row(Rejection rejection, ZoneId zone) {
        Map<String, String> vars = views.rejectionVars(rejection, zone);
        HistoryEntry latest = latestOutcome(rejection);
        List<FollowUp> pending = upcoming(rejection);
        return List.of(
                day(rejection.createdAt(), zone),
                rejection.company(),
                rejection.role(),
                views.answer("stage", rejection.stage()),
                vars.get("outcome"),
                views.say(rejection.stillInterested() ? Line.CHOICE_YES : Line.CHOICE_NO),
                rejection.contacts().stream().map(this::person).collect(Collectors.joining("; ")),
                rejection.drafts().stream().filter(Draft::wasSent).map(this::note).collect(Collectors.joining("; ")),
                vars.get("latest"),
                latest == null ? "" : day(latest.at(), zone),
                String.valueOf(pending.size()),
                pending.isEmpty() ? "" : day(pending.get(0).due(), zone));
    }

    private String person(Contact contact) {
        String part = reading.partLabel(contact.part());
        return part.isBlank() ? contact.name() : contact.name() + " (" + part + ")";
    }

    private String note(Draft draft) {
        String kind = views.kindName(draft.kind());
        return draft.to().isBlank() ? kind : kind + " (" + draft.to() + ")";
    }

    private static HistoryEntry latestOutcome(Rejection rejection) {
        HistoryEntry latest = null;
        for (HistoryEntry entry : rejection.history()) {
            if (entry.is(HistoryEntry.Type.OUTCOME)) {
                latest = entry;
            }
        }
        return latest;
    }

    private static List<FollowUp> upcoming(Rejection rejection) {
        return rejection.pendingFollowUps().stream().sorted(Comparator.comparing(FollowUp::due)).toList();
    }

    private static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }

    /** How many follow-ups are still to come, all rejections together. */
    static int upcomingCount(MemberState state) {
        return state.rejections().stream().mapToInt(r -> r.pendingFollowUps().size()).sum();
    }

    /**
     * The calendar of every follow-up still to come, one all-day event each on its date in {@code zone},
     * carrying the draft its reminder will carry ({@link Playbook#draftFor}); empty when nothing is
     * to come. {@code now} stamps the events (DTSTAMP).
     */
    Optional<Attachment> calendar(MemberState state, ZoneId zone, Instant now) {
        List<CalendarFile.Day> days = new ArrayList<>();
        for (Rejection rejection : state.rejections()) {
            for (FollowUp followUp : upcoming(rejection)) {
                Map<String, String> vars = views.rejectionVars(rejection, zone);
                vars.put("to", followUp.to());
                vars.put("kind", views.kindName(followUp.kind()));
                days.add(new CalendarFile.Day(uid(rejection, followUp),
                        LocalDate.ofInstant(followUp.due(), zone), views.say(Line.CALENDAR_EVENT, vars),
                        playbook.draftFor(rejection, followUp).body()));
            }
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        days.sort(Comparator.comparing(CalendarFile.Day::date));
        return Optional.of(Attachment.text(CALENDAR_NAME, CalendarFile.MEDIA_TYPE + "; charset=utf-8",
                CalendarFile.write(days, now)));
    }

    /**
     * A follow-up's UID: the same in every file made for it (a new import updates the event), and
     * different for every member. Rejection and follow-up ids repeat from member to member ({@code r1}
     * in every account), so a digest of what only this rejection holds (when it was logged, to the
     * clock's precision, the company and the role) sets them apart; the member's key is never in it.
     */
    static String uid(Rejection rejection, FollowUp followUp) {
        String seed = rejection.id() + "\n" + rejection.createdAt() + "\n" + rejection.company() + "\n"
                + rejection.role();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return rejection.id() + "-" + followUp.id() + "-" + HexFormat.of().formatHex(digest, 0, 10)
                    + "@rebound";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
