package th.or.dga.dgtidesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.kpi.KpiRecord.Opens;
import th.or.dga.dgtidesk.matching.MatchStage;

/** The records behind each number: the same rows the number counts, against {@link KpiFixture}'s story. */
class KpiRecordsTest {

    private static final DateRange WEEK = DateRange.weekOf(KpiFixture.WEEK_MONDAY);

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
    void everyListIsExactlyAsLongAsItsNumberInEveryPeriod() {
        KpiComparison comparison = kpis.comparison(KpiPeriod.isoWeek("2026-W47"));
        List<KpiSnapshot> snapshots = List.of(comparison.current(), comparison.previous(), comparison.yearToDate(),
                kpis.snapshot(new FiscalYear(2569).range()));
        for (KpiSnapshot snapshot : snapshots) {
            for (Kpi kpi : Arrays.stream(Kpi.values()).filter(KpiRecordRepository::lists).toList()) {
                long expected = kpi == Kpi.ATTENDANCE_RATE ? snapshot.count(Kpi.ATTENDED) + snapshot.count(Kpi.NO_SHOWS)
                        : snapshot.count(kpi);
                assertThat(kpis.records(kpi, snapshot.range())).as(kpi + " in " + snapshot.range()).hasSize((int) expected);
            }
        }
    }

    @Test
    void theNumbersOnTheDashboardAllListTheirRecords() {
        assertThat(Stream.of(Kpi.REGISTRATIONS, Kpi.ATTENDED, Kpi.ATTENDANCE_RATE, Kpi.WORKSHOPS_HELD,
                Kpi.UNIQUE_PARTICIPANTS, Kpi.CONSULTATIONS_HELD, Kpi.NEEDS_RECEIVED, Kpi.MATCHES_CREATED, Kpi.ADOPTIONS))
                .allMatch(KpiRecordRepository::lists);
        assertThatThrownBy(() -> kpis.records(Kpi.ESTIMATED_VALUE, WEEK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uniqueParticipantsListEachPersonOnceAsThePersonTheyCountAs() {
        List<KpiRecord> people = kpis.records(Kpi.UNIQUE_PARTICIPANTS, WEEK);
        // A attended MAIN, and again as A2 (merged into A) at MIDNIGHT; C and D attended too.
        assertThat(people).extracting(KpiRecord::id)
                .containsExactlyInAnyOrder(fixture.personA, fixture.personC, fixture.personD);
        assertThat(people).allSatisfy(person -> assertThat(person.opens()).isEqualTo(Opens.PERSON));
        assertThat(people).filteredOn(p -> p.id().equals(fixture.personA)).singleElement()
                .satisfies(a -> {
                    assertThat(a.title()).isEqualTo("คุณสมชาย ทดสอบ");
                    assertThat(a.detail()).isEqualTo("สำนักงานจังหวัดชลบุรี");
                    assertThat(a.statusKey()).isEqualTo("kpi.sector.government_agency");
                });
        assertThat(people).filteredOn(p -> p.id().equals(fixture.personC)).singleElement()
                .extracting(KpiRecord::statusKey).isEqualTo("kpi.sector.unknown");
    }

    @Test
    void noShowsAreRegistrationsThatOpenThePersonOnTheWorkshopsDay() {
        List<KpiRecord> noShows = kpis.records(Kpi.NO_SHOWS, WEEK);
        assertThat(noShows).extracting(KpiRecord::id).containsOnly(fixture.personB);
        assertThat(noShows).extracting(KpiRecord::detail).containsExactly("MAIN  อบรม MAIN", "MIDNIGHT  อบรม MIDNIGHT");
        assertThat(noShows).extracting(KpiRecord::day)
                .containsExactly(KpiFixture.WEEK_MONDAY, KpiFixture.WEEK_MONDAY.plusDays(6));
        assertThat(noShows).extracting(KpiRecord::statusKey).containsOnly("registration.status.no_show");
        // A2's registration opens A, the person A2 was merged into.
        assertThat(kpis.records(Kpi.ATTENDED, WEEK)).extracting(KpiRecord::id).doesNotContain(fixture.personA2)
                .contains(fixture.personA);
    }

    @Test
    void registrationsAreDatedByTheBangkokDayTheyCameIn() {
        List<KpiRecord> registrations = kpis.records(Kpi.REGISTRATIONS, WEEK);
        // MAIN B came in on Monday 00:30 Bangkok (Sunday in UTC): this week, on Monday.
        assertThat(registrations).filteredOn(r -> r.id().equals(fixture.personB) && r.detail().startsWith("MAIN"))
                .singleElement().extracting(KpiRecord::day).isEqualTo(KpiFixture.WEEK_MONDAY);
        assertThat(registrations).allSatisfy(r -> assertThat(WEEK.contains(r.day())).isTrue());
    }

    @Test
    void workshopsAndConsultationsOpenTheirOwnPages() {
        assertThat(kpis.records(Kpi.WORKSHOPS_HELD, WEEK)).extracting(KpiRecord::detail, KpiRecord::opens)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MAIN", Opens.WORKSHOP),
                        org.assertj.core.groups.Tuple.tuple("MIDNIGHT", Opens.WORKSHOP));
        assertThat(kpis.records(Kpi.CONSULTATIONS_HELD, WEEK)).extracting(KpiRecord::title)
                .containsExactly("=SUM(A1:A9)", "ทบทวนโครงการ");
        assertThat(kpis.records(Kpi.CONSULTATIONS_HELD, WEEK)).extracting(KpiRecord::opens)
                .containsOnly(Opens.CONSULTATION);
    }

    @Test
    void needsAndMatchesAreListedWithoutAPageToOpen() {
        assertThat(kpis.records(Kpi.NEEDS_RECEIVED, WEEK)).extracting(KpiRecord::title)
                .containsExactly("ติดตามคุณภาพน้ำ", "ระบบนัดหมายออนไลน์");
        assertThat(kpis.records(Kpi.ADOPTIONS, WEEK)).singleElement().satisfies(adopted -> {
            assertThat(adopted.title()).isEqualTo("เซนเซอร์ IoT วัดคุณภาพน้ำ");
            assertThat(adopted.detail()).isEqualTo("ติดตามคุณภาพน้ำ");
            assertThat(adopted.opens()).isEqualTo(Opens.MATCH);
        });
    }

    @Test
    void eachPipelineStageListsTheMatchesStandingInIt() {
        for (var stage : kpis.pipeline().entrySet()) {
            assertThat(kpis.matchesInStage(stage.getKey())).as(stage.getKey().code()).hasSize(stage.getValue())
                    .allSatisfy(m -> assertThat(m.statusKey()).isEqualTo("match.stage." + stage.getKey().code()));
        }
        assertThat(kpis.matchesInStage(MatchStage.DECLINED)).extracting(KpiRecord::detail)
                .containsExactly("ระบบนัดหมายออนไลน์");
    }
}
