package th.or.dga.dgtidesk.common;

import java.time.LocalDate;

/**
 * The Thai government fiscal year: 1 October to 30 September, named by the Buddhist-era year in
 * which it ends (1 Oct 2025 – 30 Sep 2026 is fiscal year 2569).
 */
public record FiscalYear(int beYear) {

    public static FiscalYear of(LocalDate date) {
        int endingGregorianYear = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endingGregorianYear + CalendarSystem.BE_OFFSET);
    }

    public LocalDate start() {
        return LocalDate.of(beYear - CalendarSystem.BE_OFFSET - 1, 10, 1);
    }

    public LocalDate end() {
        return LocalDate.of(beYear - CalendarSystem.BE_OFFSET, 9, 30);
    }

    public DateRange range() {
        return new DateRange(start(), end());
    }

    public FiscalYear previous() {
        return new FiscalYear(beYear - 1);
    }

    /** 1 for October–December … 4 for July–September. */
    public static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) % 12 / 3 + 1;
    }

    /** Quarter {@code q} (1–4) of this fiscal year. */
    public DateRange quarter(int q) {
        if (q < 1 || q > 4) {
            throw new IllegalArgumentException("quarter " + q);
        }
        LocalDate from = start().plusMonths(3L * (q - 1));
        return new DateRange(from, from.plusMonths(3).minusDays(1));
    }

    /** From 1 October up to {@code today} (never past 30 September). */
    public DateRange toDate(LocalDate today) {
        return new DateRange(start(), today.isAfter(end()) ? end() : today);
    }
}
