package rebound.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The days notes go out: one rule for the plan and the member's clock")
class WorkingDaysTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    @DisplayName("a Saturday or a Sunday comes on the Monday after; a working day stays")
    void nextWorkingDay() {
        WorkingDays days = WorkingDays.MONDAY_TO_FRIDAY;

        assertThat(days.onOrAfter(LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(days.onOrAfter(LocalDate.of(2026, 12, 13))).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(days.onOrAfter(LocalDate.of(2026, 12, 15))).isEqualTo(LocalDate.of(2026, 12, 15));
    }

    @Test
    @DisplayName("a moment moves by whole days on the member's calendar, keeping its local time across a clock change")
    void momentOnTheMembersCalendar() {
        // Saturday 27 March 2027, 10:00 in Berlin; the clocks go forward that night
        Instant saturday = ZonedDateTime.of(2027, 3, 27, 10, 0, 0, 0, BERLIN).toInstant();

        assertThat(WorkingDays.MONDAY_TO_FRIDAY.onOrAfter(saturday, BERLIN))
                .isEqualTo(ZonedDateTime.of(2027, 3, 29, 10, 0, 0, 0, BERLIN).toInstant());
    }

    @Test
    @DisplayName("a community may add a day, never name none")
    void atLeastOneDay() {
        WorkingDays saturdaysToo = new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));

        assertThat(saturdaysToo.onOrAfter(LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThatThrownBy(() -> new WorkingDays(EnumSet.noneOf(DayOfWeek.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
