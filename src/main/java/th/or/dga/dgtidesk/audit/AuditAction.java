package th.or.dga.dgtidesk.audit;

import java.util.Locale;

/** The kinds of change an audit entry records (the CHECK constraint of audit_entry.action). */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, EXPORT, MERGE, ERASE, BACKUP, RESTORE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
