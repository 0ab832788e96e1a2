package th.or.dga.dgtidesk.kpi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import th.or.dga.dgtidesk.common.Times;

/** A clock a test sets to Bangkok wall-clock times, so services stamp rows when the story says. */
public final class MovableClock extends Clock {

    private Instant now;

    public MovableClock(LocalDateTime bangkok) {
        setBangkok(bangkok);
    }

    public void setBangkok(LocalDateTime bangkok) {
        now = bangkok.atZone(Times.BANGKOK).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
