package th.or.dga.dgtidesk.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import th.or.dga.dgtidesk.common.FiscalYear;
import th.or.dga.dgtidesk.common.UserException;
import org.junit.jupiter.api.Test;

class KpiPeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-W47, 2026-11-16, 2026-11-22",
            "2026W01, 2025-12-29, 2026-01-04",
            "2569-W47, 2026-11-16, 2026-11-22",
            "2026-W53, 2026-12-28, 2027-01-03",
    })
    void isoWeeksStartOnMonday(String text, LocalDate monday, LocalDate sunday) {
        KpiPeriod week = KpiPeriod.isoWeek(text);
        assertThat(week.start()).isEqualTo(monday);
        assertThat(week.end()).isEqualTo(sunday);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-W53", "2026-W00", "W47", "2026-47", ""})
    void weeksThatDoNotExistAreRefused(String text) {
        assertThatThrownBy(() -> KpiPeriod.isoWeek(text)).isInstanceOf(UserException.class)
                .hasMessageContaining("period.badWeek");
    }

    @Test
    void eachKindComparesWithTheMatchingPeriodBefore() {
        assertThat(KpiPeriod.isoWeek("2026-W01").previous().isoWeekName()).isEqualTo("2025-W52");
        assertThat(KpiPeriod.month(YearMonth.of(2026, 3)).previous().range().end()).isEqualTo(LocalDate.of(2026, 2, 28));
        KpiPeriod q1 = KpiPeriod.fiscalQuarter(new FiscalYear(2570), 1);
        assertThat(q1.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(q1.previous().range()).isEqualTo(new FiscalYear(2569).quarter(4));
        KpiPeriod ytd = KpiPeriod.fiscalYearToDate(LocalDate.of(2026, 11, 25));
        assertThat(ytd.start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ytd.previous().range().end()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(KpiPeriod.lastWeek(LocalDate.of(2026, 11, 25)).isoWeekName()).isEqualTo("2026-W47");
        assertThatThrownBy(() -> KpiPeriod.custom(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .hasMessageContaining("period.endBeforeStart");
    }
}
