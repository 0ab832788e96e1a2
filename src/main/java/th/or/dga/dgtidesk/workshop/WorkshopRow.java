package th.or.dga.dgtidesk.workshop;

import java.time.LocalDateTime;

/** A workshop as the list shows it: seats taken, capacity and waiting at a glance (times Bangkok). */
public record WorkshopRow(String id, String code, String titleTh, WorkshopKind kind, LocalDateTime startsAt,
        WorkshopStatus status, Integer capacity, int seatsTaken, int waiting) {
}
