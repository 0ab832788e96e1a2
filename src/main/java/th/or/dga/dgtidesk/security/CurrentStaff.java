package th.or.dga.dgtidesk.security;

import java.util.Optional;
import th.or.dga.dgtidesk.common.UserException;

/**
 * Who is at the desk. Every write records this person; role checks read it. One instance per
 * open center, made by the composition root (the UI's staff switcher or the CLI's {@code --as}).
 */
public final class CurrentStaff {

    private volatile Staff staff;

    public Optional<Staff> get() {
        return Optional.ofNullable(staff);
    }

    public void set(Staff staff) {
        this.staff = staff;
    }

    /** The staff member at the desk; a write without one is a bug in the caller. */
    public Staff require() {
        Staff current = staff;
        if (current == null) {
            throw new UserException("staff.noneAtDesk");
        }
        return current;
    }

    /** The id to record on a write, or null before any staff exists (first set-up). */
    public String idOrNull() {
        Staff current = staff;
        return current == null ? null : current.id();
    }

    /** Throws unless the staff member at the desk is an admin. */
    public Staff requireAdmin() {
        Staff current = require();
        if (current.role() != Role.ADMIN) {
            throw new UserException("staff.adminOnly", current.displayName());
        }
        return current;
    }

    /** Throws when the staff member at the desk may only look. */
    public Staff requireWriter() {
        Staff current = require();
        if (!current.role().canWrite()) {
            throw new UserException("staff.viewerCannotWrite", current.displayName());
        }
        return current;
    }
}
