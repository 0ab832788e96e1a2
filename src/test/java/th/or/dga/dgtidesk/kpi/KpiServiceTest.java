package th.or.dga.dgtidesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.matching.MatchStage;

/** Every KPI against numbers worked out by hand from {@link KpiFixture}'s story. */
class KpiServiceTest {

    @TempDir
    Path folder;

    private KpiFixture fixture;
    private KpiService kpis;

    @BeforeEach
    void setUp() {
        fixture = new KpiFixture(folder);
        kpis = fixture.context.kpiService();
    }

    @AfterEach
    void close() {
        fixture.context.close();
    }

    @Test
    void theWeekCountsByBangkokDaysWithTheMidnightWorkshopAndWithoutTheCancelledOne() {
        KpiSnapshot week = kpis.snapshot(DateRange.weekOf(KpiFixture.WEEK_MONDAY));
        // MAIN and MIDNIGHT (starts Sunday 22:00); not CANCELLED, not NEXT (Monday 00:30 Bangkok, Sunday in UTC).
        assertThat(week.count(Kpi.WORKSHOPS_HELD)).isEqualTo(2);
        // MAIN B (Mon 00:30 Bangkok) and C, MIDNIGHT ×3, NEXT D; not MAIN A (Sun 23:30), not CANCELLED B.
        assertThat(week.count(Kpi.REGISTRATIONS)).isEqualTo(6);
        assertThat(week.count(Kpi.ATTENDED)).isEqualTo(4);
        assertThat(week.count(Kpi.NO_SHOWS)).isEqualTo(2);
        assertThat(week.value(Kpi.ATTENDANCE_RATE)).isCloseTo(4.0 / 6, within(1e-9));
        // A, C, D: A2 was merged into A and counts as A, with A's sector and province.
        assertThat(week.count(Kpi.UNIQUE_PARTICIPANTS)).isEqualTo(3);
        assertThat(week.participantsBySector()).isEqualTo(Map.of("government_agency", 2L, KpiSnapshot.UNKNOWN, 1L));
        assertThat(week.participantsByProvince()).isEqualTo(Map.of("ชลบุรี", 2L, KpiSnapshot.UNKNOWN, 1L));
        assertThat(week.count(Kpi.NEW_INNOVATORS)).isEqualTo(1);
        assertThat(week.count(Kpi.ACTIVE_ROSTER)).isEqualTo(2);
        assertThat(week.count(Kpi.CONSULTATIONS_HELD)).isEqualTo(2);
        assertThat(week.count(Kpi.ACTION_ITEMS_OPEN)).isEqualTo(3);
        assertThat(week.count(Kpi.ACTION_ITEMS_OVERDUE)).isEqualTo(2);
        assertThat(week.count(Kpi.ACTION_ITEMS_DONE)).isEqualTo(1);
        assertThat(week.count(Kpi.NEEDS_RECEIVED)).isEqualTo(2);
        assertThat(week.count(Kpi.MATCHES_CREATED)).isEqualTo(2);
        assertThat(week.count(Kpi.MATCHES_ADVANCED)).isEqualTo(3);
        assertThat(week.count(Kpi.PILOTS_STARTED)).isEqualTo(1);
        assertThat(week.count(Kpi.ADOPTIONS)).isEqualTo(1);
        assertThat(week.value(Kpi.ESTIMATED_VALUE)).isEqualTo(100_000.0);
        assertThat(week.value(Kpi.REALISED_VALUE)).isEqualTo(80_000.0);
        assertThat(week.movesIntoStage()).containsEntry(MatchStage.PROPOSED, 2L).containsEntry(MatchStage.DECLINED, 1L)
                .containsEntry(MatchStage.INTRODUCED, 1L).containsEntry(MatchStage.PARKED, 0L);
    }

    @Test
    void theComparisonHasThePreviousWeekAndTheFiscalYearToTheEndOfTheWeek() {
        KpiComparison comparison = kpis.comparison(KpiPeriod.isoWeek("2026-W47"));
        assertThat(comparison.period().range()).isEqualTo(DateRange.weekOf(KpiFixture.WEEK_MONDAY));
        assertThat(comparison.previousPeriod().range())
                .isEqualTo(new DateRange(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15)));
        assertThat(comparison.yearToDateRange())
                .isEqualTo(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 22)));

        KpiSnapshot previous = comparison.previous();
        assertThat(previous.count(Kpi.WORKSHOPS_HELD)).isEqualTo(1);
        assertThat(previous.count(Kpi.REGISTRATIONS)).isEqualTo(1);
        assertThat(previous.value(Kpi.ATTENDANCE_RATE)).isEqualTo(0.5);
        assertThat(previous.count(Kpi.UNIQUE_PARTICIPANTS)).isEqualTo(1);
        assertThat(previous.count(Kpi.NEW_INNOVATORS)).isEqualTo(1);
        assertThat(previous.count(Kpi.ACTIVE_ROSTER)).isEqualTo(1);
        assertThat(previous.count(Kpi.CONSULTATIONS_HELD)).isEqualTo(1);
        assertThat(previous.count(Kpi.ACTION_ITEMS_OPEN)).isZero();
        assertThat(previous.count(Kpi.NEEDS_RECEIVED)).isEqualTo(1);
        assertThat(previous.count(Kpi.MATCHES_CREATED)).isEqualTo(1);
        assertThat(previous.value(Kpi.ESTIMATED_VALUE)).isEqualTo(50_000.0);
        assertThat(comparison.change(Kpi.REGISTRATIONS)).isEqualTo(5.0);
        assertThat(comparison.change(Kpi.ATTENDANCE_RATE)).isCloseTo(4.0 / 6 - 0.5, within(1e-9));

        KpiSnapshot year = comparison.yearToDate();
        // FIRST_FY (1 Oct 00:15 Bangkok), PREV, MAIN, MIDNIGHT; LAST_FY is fiscal year 2569.
        assertThat(year.count(Kpi.WORKSHOPS_HELD)).isEqualTo(4);
        assertThat(year.count(Kpi.REGISTRATIONS)).isEqualTo(9);
        assertThat(year.count(Kpi.ATTENDED)).isEqualTo(6);
        assertThat(year.count(Kpi.NO_SHOWS)).isEqualTo(3);
        assertThat(year.count(Kpi.UNIQUE_PARTICIPANTS)).isEqualTo(3);
        assertThat(year.count(Kpi.NEW_INNOVATORS)).isEqualTo(3);
        assertThat(year.count(Kpi.CONSULTATIONS_HELD)).isEqualTo(3);
        assertThat(year.count(Kpi.NEEDS_RECEIVED)).isEqualTo(3);
        assertThat(year.count(Kpi.MATCHES_CREATED)).isEqualTo(3);
        assertThat(year.value(Kpi.ESTIMATED_VALUE)).isEqualTo(150_000.0);
        assertThat(year.value(Kpi.REALISED_VALUE)).isEqualTo(80_000.0);
    }

    @Test
    void theLastDayOfAFiscalYearBelongsToItAndItsNeighbourDoesNot() {
        KpiSnapshot fy2569 = kpis.snapshot(new FiscalYear(2569).range());
        assertThat(fy2569.count(Kpi.WORKSHOPS_HELD)).isEqualTo(1);
        assertThat(fy2569.count(Kpi.ATTENDED)).isEqualTo(1);
        assertThat(fy2569.participantsBySector()).isEqualTo(Map.of("startup", 1L));
        assertThat(fy2569.participantsByProvince()).isEqualTo(Map.of("กรุงเทพมหานคร", 1L));
        assertThat(fy2569.count(Kpi.NEEDS_RECEIVED)).isEqualTo(1);
        assertThat(fy2569.count(Kpi.REGISTRATIONS)).isEqualTo(2);
    }

    @Test
    void anEmptyPeriodHasNoAttendanceRateRatherThanZero() {
        KpiSnapshot empty = kpis.snapshot(DateRange.weekOf(LocalDate.of(2026, 1, 5)));
        assertThat(empty.count(Kpi.ATTENDED)).isZero();
        assertThat(empty.value(Kpi.ATTENDANCE_RATE)).isNull();
    }

    @Test
    void twelveWeeksEndWithTheWeekAskedFor() {
        List<WeekPoint> series = kpis.weeklySeries(LocalDate.of(2026, 11, 22), 12);
        assertThat(series).hasSize(12);
        assertThat(series.get(11).week()).isEqualTo(DateRange.weekOf(KpiFixture.WEEK_MONDAY));
        assertThat(series.get(11)).extracting(WeekPoint::registrations, WeekPoint::attended).containsExactly(6L, 4L);
        assertThat(series.get(10)).extracting(WeekPoint::registrations, WeekPoint::attended).containsExactly(1L, 1L);
        assertThat(series.get(9)).extracting(WeekPoint::registrations, WeekPoint::attended).containsExactly(2L, 0L);
        assertThat(series.get(0).week().start()).isEqualTo(LocalDate.of(2026, 8, 31));
    }

    @Test
    void thePipelineIsWhereEachMatchStandsNow() {
        assertThat(kpis.pipeline()).containsEntry(MatchStage.ADOPTED, 1).containsEntry(MatchStage.INTRODUCED, 1)
                .containsEntry(MatchStage.DECLINED, 1).containsEntry(MatchStage.PILOT, 0);
    }
}
