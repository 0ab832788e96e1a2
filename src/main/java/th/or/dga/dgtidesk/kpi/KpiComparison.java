package th.or.dga.dgtidesk.kpi;

import th.or.dga.dgtidesk.common.DateRange;

/** What the report's KPI table shows: this period, the previous one, the change, and the fiscal year to date. */
public record KpiComparison(KpiPeriod period, KpiPeriod previousPeriod, DateRange yearToDateRange,
        KpiSnapshot current, KpiSnapshot previous, KpiSnapshot yearToDate) {

    /** This period minus the previous one (percentage points for the rate); null when either is undefined. */
    public Double change(Kpi kpi) {
        Double now = current.value(kpi);
        Double before = previous.value(kpi);
        return now == null || before == null ? null : now - before;
    }
}
