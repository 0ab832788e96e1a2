package th.or.dga.dgtidesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDatesTest {

    @ParameterizedTest
    @CsvSource({
            "14/3/2569, 2026-03-14",
            "14/03/2026, 2026-03-14",
            "2026-03-14, 2026-03-14",
            "29/2/2567, 2024-02-29",     // BE 2567 = 2024, a leap year
            "๑๔/๓/๒๕๖๙, 2026-03-14",    // Thai digits
            "1/1/2500, 1957-01-01",      // years around BE 2500
            "31.12.2499, 1956-12-31",
            "30/9/2569, 2026-09-30",
    })
    void parsesBuddhistAndGregorianDates(String text, LocalDate expected) {
        assertThat(ThaiDates.parseDate(text)).isEqualTo(expected);
    }

    @Test
    void parsesOnlineFormTimestamps() {
        assertThat(ThaiDates.parseDateTime("14/3/2569, 9:05:33")).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 5, 33));
        assertThat(ThaiDates.parseDateTime("14/3/2569 09:05")).isEqualTo(LocalDateTime.of(2026, 3, 14, 9, 5));
        assertThat(ThaiDates.parseDateTime("2026-03-14T18:30")).isEqualTo(LocalDateTime.of(2026, 3, 14, 18, 30));
    }

    @ParameterizedTest
    @CsvSource({
            "31/2/2569, error.date.impossible",
            "29/2/2568, error.date.impossible",   // 2025 is not a leap year
            "14/3/69, error.date.twoDigitYear",
            "พรุ่งนี้, error.date.unreadable",
            "'31/2/2569, 10:00:00', error.date.impossible",
            "'14/3/2569, 25:00:00', error.date.impossible",
    })
    void refusesDatesThatCannotExist(String text, String key) {
        assertThatThrownBy(() -> ThaiDates.parseDateTime(text)).isInstanceOf(InvalidDateException.class)
                .extracting(e -> ((InvalidDateException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void formatsInBothErasAndLanguages() {
        LocalDate date = LocalDate.of(2026, 3, 14);
        assertThat(ThaiDates.shortDate(date, CalendarSystem.BUDDHIST)).isEqualTo("14/3/2569");
        assertThat(ThaiDates.shortDate(date, CalendarSystem.GREGORIAN)).isEqualTo("14/3/2026");
        assertThat(ThaiDates.mediumDate(date, CalendarSystem.BUDDHIST, ThaiText.THAI)).isEqualTo("14 มี.ค. 2569");
        assertThat(ThaiDates.longDate(date, CalendarSystem.BUDDHIST, ThaiText.THAI)).isEqualTo("14 มีนาคม 2569");
        assertThat(ThaiDates.longDate(date, CalendarSystem.GREGORIAN, Locale.ENGLISH)).isEqualTo("14 March 2026");
        assertThat(ThaiDates.mediumDate(date, CalendarSystem.BUDDHIST, Locale.ENGLISH)).isEqualTo("14 Mar BE 2569");
        assertThat(ThaiDates.shortDateTime(LocalDateTime.of(2026, 3, 14, 9, 5), CalendarSystem.BUDDHIST))
                .isEqualTo("14/3/2569 09:05");
        assertThat(ThaiDates.parseDate(ThaiDates.shortDate(date, CalendarSystem.BUDDHIST))).isEqualTo(date);
    }

    @ParameterizedTest
    @CsvSource({
            "2025-09-30, 2568, 4",
            "2025-10-01, 2569, 1",
            "2026-02-28, 2569, 2",
            "2024-02-29, 2567, 2",
            "2026-06-15, 2569, 3",
            "2026-09-30, 2569, 4",
            "1956-10-01, 2500, 1",
    })
    void fiscalYearsRunOctoberToSeptember(LocalDate day, int beYear, int quarter) {
        FiscalYear year = FiscalYear.of(day);
        assertThat(year.beYear()).isEqualTo(beYear);
        assertThat(year.range().contains(day)).isTrue();
        assertThat(FiscalYear.quarterOf(day)).isEqualTo(quarter);
        assertThat(year.quarter(quarter).contains(day)).isTrue();
    }

    @Test
    void fiscalYearBoundariesAndPeriods() {
        FiscalYear fy2569 = new FiscalYear(2569);
        assertThat(fy2569.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(fy2569.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(fy2569.quarter(1)).isEqualTo(new DateRange(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(fy2569.quarter(4)).isEqualTo(new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(fy2569.toDate(LocalDate.of(2026, 1, 5)).end()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(fy2569.toDate(LocalDate.of(2027, 1, 5)).end()).isEqualTo(fy2569.end());
        DateRange week = DateRange.weekOf(LocalDate.of(2026, 11, 25));
        assertThat(week).isEqualTo(new DateRange(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29)));
        assertThat(week.previous()).isEqualTo(new DateRange(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)));
        assertThat(DateRange.monthOf(LocalDate.of(2024, 2, 10)).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({"9, 09:00", "9.30, 09:30", "09:30, 09:30", "0930, 09:30", "930, 09:30", "13.00 น., 13:00",
        "๑๔.๑๕, 14:15"})
    void timesAreReadTheThaiWayAndTheEnglishWay(String typed, String expected) {
        assertThat(ThaiDates.parseTime(typed)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"24.00, error.time.impossible", "9.75, error.time.impossible", "บ่ายโมง, error.time.unreadable",
        "'', error.time.unreadable"})
    void aTimeThatCannotBeIsRefusedWithItsReason(String typed, String key) {
        assertThatThrownBy(() -> ThaiDates.parseTime(typed)).isInstanceOf(InvalidDateException.class)
                .hasMessageStartingWith(key);
    }
}
