package th.or.dga.dgtidesk.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Something someone promised to do, by when; done when {@code doneAt} is set (UTC). */
public record ActionItem(String id, String consultationId, String what, String ownerStaffId, String ownerPersonId,
        LocalDate dueOn, LocalDateTime doneAt) {

    public boolean done() {
        return doneAt != null;
    }

    /** Days past due on {@code today}, 0 when not overdue (done, no due date, or not yet due). */
    public long daysOverdue(LocalDate today) {
        return done() || dueOn == null || !today.isAfter(dueOn) ? 0 : ChronoUnit.DAYS.between(dueOn, today);
    }
}
