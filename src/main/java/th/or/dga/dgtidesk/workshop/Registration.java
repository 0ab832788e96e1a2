package th.or.dga.dgtidesk.workshop;

import java.time.LocalDateTime;

/** One person's registration for one workshop (times in UTC). */
public record Registration(String id, String workshopId, String personId, RegistrationStatus status,
        Integer waitlistPosition, LocalDateTime registeredAt, String source, LocalDateTime checkedInAt,
        String checkinCode) {
}
