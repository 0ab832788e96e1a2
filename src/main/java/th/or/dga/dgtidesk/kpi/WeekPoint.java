package th.or.dga.dgtidesk.kpi;

import th.or.dga.dgtidesk.common.DateRange;

/** One week of the 12-week chart: registrations received and people who attended. */
public record WeekPoint(DateRange week, long registrations, long attended) {
}
