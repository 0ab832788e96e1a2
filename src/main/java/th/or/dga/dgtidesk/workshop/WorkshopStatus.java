package th.or.dga.dgtidesk.workshop;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A workshop's life: draft → open → closed → completed, or cancelled. Only legal moves are allowed. */
public enum WorkshopStatus {
    DRAFT, OPEN, CLOSED, COMPLETED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkshopStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Where this status may go next. Completed → closed is the admin's "re-open". */
    public Set<WorkshopStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CANCELLED);
            case OPEN -> EnumSet.of(CLOSED, COMPLETED, CANCELLED);
            case CLOSED -> EnumSet.of(OPEN, COMPLETED, CANCELLED);
            case COMPLETED -> EnumSet.of(CLOSED);
            case CANCELLED -> EnumSet.noneOf(WorkshopStatus.class);
        };
    }

    /** Registrations are taken while the workshop is open (walk-ins also when closed, at the door). */
    public boolean takesRegistrations() {
        return this == OPEN;
    }
}
