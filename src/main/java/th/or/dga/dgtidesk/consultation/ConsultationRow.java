package th.or.dga.dgtidesk.consultation;

import java.time.LocalDateTime;

/** A consultation as the list shows it; {@code heldAt} is Bangkok time. */
public record ConsultationRow(String id, LocalDateTime heldAt, ConsultationKind kind, String subject,
        String consultantName, String organizations, int openItems, int overdueItems) {
}
