package th.or.dga.dgtidesk.common;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Points in time are stored as UTC {@code LocalDateTime} cut to milliseconds (STACK.md: the
 * same values then compare correctly on SQLite and PostgreSQL); the center lives in Bangkok.
 */
public final class Times {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private Times() {
    }

    /** Now, in UTC, to the millisecond. */
    public static LocalDateTime nowUtc(Clock clock) {
        return LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A stored UTC time shown as Bangkok wall-clock time. */
    public static LocalDateTime toBangkok(LocalDateTime utc) {
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(BANGKOK).toLocalDateTime();
    }

    /** A Bangkok wall-clock time as the UTC value to store. */
    public static LocalDateTime fromBangkok(LocalDateTime bangkok) {
        return bangkok.atZone(BANGKOK).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()
                .truncatedTo(ChronoUnit.MILLIS);
    }
}
