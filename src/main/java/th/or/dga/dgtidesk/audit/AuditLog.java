package th.or.dga.dgtidesk.audit;

import java.time.Clock;
import org.jooq.DSLContext;
import th.or.dga.dgtidesk.common.Times;
import java.util.function.Supplier;

/**
 * Every write, import, export, merge and erasure leaves an entry, written in the same
 * transaction as the change it describes (so there is never a change without its entry),
 * naming the staff member at the desk.
 */
public final class AuditLog {

    private final AuditRepository repository;
    private final Supplier<String> actingStaffId;
    private final Clock clock;

    /** {@code actingStaffId} names who is at the desk when an entry is written (null before any staff exists). */
    public AuditLog(AuditRepository repository, Supplier<String> actingStaffId, Clock clock) {
        this.repository = repository;
        this.actingStaffId = actingStaffId;
        this.clock = clock;
    }

    public void record(DSLContext tx, String entity, String entityId, AuditAction action, String summary) {
        repository.insert(tx, Times.nowUtc(clock), actingStaffId.get(), entity, entityId, action, summary);
    }
}
