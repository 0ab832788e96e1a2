package th.or.dga.dgtidesk.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.common.CalendarSystem;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.UserException;

/**
 * A reporting period and the kind it is, so that "the previous period" means what a reader
 * expects: the week before a week, the month before a month, the quarter before a quarter, and
 * the same stretch of the previous fiscal year for a fiscal year to date.
 */
public record KpiPeriod(Kind kind, DateRange range) {

    public enum Kind { WEEK, MONTH, FISCAL_QUARTER, FISCAL_YEAR_TO_DATE, CUSTOM }

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-?W(\\d{1,2})");

    /** The Monday-to-Sunday week containing {@code day}. */
    public static KpiPeriod week(LocalDate day) {
        return new KpiPeriod(Kind.WEEK, DateRange.weekOf(day));
    }

    /** The week before the one containing {@code today}: the weekly report's default. */
    public static KpiPeriod lastWeek(LocalDate today) {
        return week(today.minusWeeks(1));
    }

    /** "2026-W47" (ISO 8601 week; a Buddhist-era year such as 2569-W47 is accepted too). */
    public static KpiPeriod isoWeek(String text) {
        Matcher m = ISO_WEEK.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new UserException("period.badWeek", text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year > 2400) {
            year -= CalendarSystem.BE_OFFSET;
        }
        int week = Integer.parseInt(m.group(2));
        LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
        if (week < 1 || week > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new UserException("period.badWeek", text);
        }
        return week(fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public static KpiPeriod month(YearMonth month) {
        return new KpiPeriod(Kind.MONTH, new DateRange(month.atDay(1), month.atEndOfMonth()));
    }

    /** Quarter {@code q} (1 = October–December) of {@code fiscalYear}. */
    public static KpiPeriod fiscalQuarter(FiscalYear fiscalYear, int q) {
        return new KpiPeriod(Kind.FISCAL_QUARTER, fiscalYear.quarter(q));
    }

    /** 1 October of the fiscal year containing {@code today}, up to {@code today}. */
    public static KpiPeriod fiscalYearToDate(LocalDate today) {
        return new KpiPeriod(Kind.FISCAL_YEAR_TO_DATE, FiscalYear.of(today).toDate(today));
    }

    /** Any days, both included; a start after the end is the user's mistake, said plainly. */
    public static KpiPeriod custom(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserException("period.endBeforeStart");
        }
        return new KpiPeriod(Kind.CUSTOM, new DateRange(from, to));
    }

    public LocalDate start() {
        return range.start();
    }

    public LocalDate end() {
        return range.end();
    }

    /** The period this one is compared with. */
    public KpiPeriod previous() {
        return switch (kind) {
            case WEEK, CUSTOM -> new KpiPeriod(kind, range.previous());
            case MONTH -> month(YearMonth.from(range.start()).minusMonths(1));
            case FISCAL_QUARTER -> {
                FiscalYear year = FiscalYear.of(range.start());
                int q = FiscalYear.quarterOf(range.start());
                yield q == 1 ? fiscalQuarter(year.previous(), 4) : fiscalQuarter(year, q - 1);
            }
            case FISCAL_YEAR_TO_DATE -> new KpiPeriod(kind,
                    new DateRange(range.start().minusYears(1), range.end().minusYears(1)));
        };
    }

    /** From 1 October of the fiscal year in which this period ends, up to its last day. */
    public DateRange fiscalYearToDate() {
        return FiscalYear.of(range.end()).toDate(range.end());
    }

    /** "2026-W47" for a week, else null. */
    public String isoWeekName() {
        if (kind != Kind.WEEK) {
            return null;
        }
        return String.format("%d-W%02d", range.start().get(IsoFields.WEEK_BASED_YEAR),
                range.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
