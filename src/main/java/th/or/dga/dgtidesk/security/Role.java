package th.or.dga.dgtidesk.security;

import java.util.Locale;

/** What a staff member may do. Checked in services, not only hidden in the UI. */
public enum Role {
    ADMIN, COORDINATOR, VIEWER;

    /** The value stored in the database. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Admins and coordinators change records; viewers only look. */
    public boolean canWrite() {
        return this != VIEWER;
    }
}
