package th.or.dga.dgtidesk.kpi;

import java.time.LocalDateTime;
import org.jooq.Condition;
import org.jooq.Field;
import th.or.dga.dgtidesk.common.DateRange;
import th.or.dga.dgtidesk.common.Times;

/**
 * A period of Bangkok calendar days as a condition on a stored UTC timestamp: from the Bangkok
 * midnight that starts its first day up to (not including) the one after its last day.
 */
public final class BangkokDays {

    private BangkokDays() {
    }

    public static Condition within(Field<LocalDateTime> utc, DateRange range) {
        return utc.ge(utcStart(range)).and(utc.lt(utcAfter(range)));
    }

    public static LocalDateTime utcStart(DateRange range) {
        return Times.fromBangkok(range.start().atStartOfDay());
    }

    /** The first instant after the period, in UTC. */
    public static LocalDateTime utcAfter(DateRange range) {
        return Times.fromBangkok(range.end().plusDays(1).atStartOfDay());
    }
}
