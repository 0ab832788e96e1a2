package th.or.dga.dgtidesk.audit;

import java.time.Clock;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.security.CurrentStaff;

/**
 * Every write, import, export, merge and erasure leaves an entry, written in the same
 * transaction as the change it describes (so there is never a change without its entry),
 * naming the staff member at the desk.
 */
public final class AuditLog {

    private final AuditRepository repository;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    public AuditLog(AuditRepository repository, CurrentStaff currentStaff, Clock clock) {
        this.repository = repository;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    public void record(DSLContext tx, String entity, String entityId, AuditAction action, String summary) {
        repository.insert(tx, Times.nowUtc(clock), currentStaff.idOrNull(), entity, entityId, action, summary);
    }
}
