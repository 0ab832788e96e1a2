package th.or.dga.dgtidesk.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A consultation's note. {@code heldAt} is Bangkok wall-clock time. */
public record Consultation(String id, LocalDateTime heldAt, ConsultationKind kind, String subject,
        String consultantStaffId, String notes, String recommendations, String needId, String matchId,
        LocalDate followUpOn) {
}
