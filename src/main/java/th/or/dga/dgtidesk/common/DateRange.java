package th.or.dga.dgtidesk.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Calendar days from {@code start} to {@code end}, both included: the periods reports and KPIs use. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(start + " is after " + end);
        }
    }

    /** The Monday-to-Sunday week containing {@code day}. */
    public static DateRange weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6));
    }

    public static DateRange monthOf(LocalDate day) {
        return new DateRange(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
    }

    /** The period of the same length just before this one (the week before a week). */
    public DateRange previous() {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        return new DateRange(start.minusDays(days), start.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
