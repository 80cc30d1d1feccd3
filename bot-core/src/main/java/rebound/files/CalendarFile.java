package rebound.files;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * A calendar of days as iCalendar (RFC 5545), written by ical4j: one all-day {@code VEVENT} per
 * {@link Day}, which a member imports into Google Calendar, Apple Calendar or Outlook.
 *
 * <p>Each event is an all-day date ({@code DTSTART;VALUE=DATE}), already the member's date: a date
 * carries no time zone, so it stays on the member's day whatever zone the calendar app runs in, and
 * the hour a reminder arrives is the reminder's business, not the calendar's.
 */
public final class CalendarFile {

    /** The media type of the file (RFC 5545, section 8.1). */
    public static final String MEDIA_TYPE = "text/calendar";
    private static final String PRODUCT = "-//Rebound//Follow-ups//EN";

    private CalendarFile() {
    }

    /**
     * One day of the calendar: {@code uid} stable across files for the same follow-up (so a second
     * import updates the event rather than adding one), {@code date} in the member's zone, a one-line
     * {@code summary} and a {@code description} (the draft, line breaks kept).
     */
    public record Day(String uid, LocalDate date, String summary, String description) {
    }

    /**
     * The iCalendar text of {@code days}, each stamped {@code stamp} (DTSTAMP, in UTC as RFC 5545
     * requires), lines folded at 75 octets and ending in CRLF.
     *
     * @throws IllegalStateException when ical4j finds the calendar invalid (an empty uid, say)
     */
    public static String write(List<Day> days, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Day day : days) {
            VEvent event = new VEvent(day.date(), day.summary());
            event.add(new Uid(day.uid()));
            event.replace(new DtStamp(stamp)); // the constructor stamps the wall clock; the caller's clock decides
            event.add(new Description(day.description()));
            calendar.add(event);
        }
        StringWriter text = new StringWriter();
        try {
            ValidationResult checked = calendar.validate();
            if (checked.hasErrors()) {
                throw new IllegalStateException("the calendar is not valid iCalendar: " + checked);
            }
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar is not valid iCalendar: " + e.getMessage(), e);
        }
        return text.toString();
    }
}
