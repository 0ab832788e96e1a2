package th.or.dga.dgtidesk.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;

/** Adding, editing and choosing the center's staff. Changes are for admins only. */
public final class StaffService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

    private final Transactions transactions;
    private final StaffRepository repository;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public StaffService(Transactions transactions, StaffRepository repository, CurrentStaff currentStaff,
            AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<Staff> all() {
        return transactions.read(repository::all);
    }

    /** Puts {@code username} at the desk; an unknown or inactive name is a user error. */
    public Staff actAs(String username) {
        Staff staff = transactions.read(dsl -> repository.byUsername(dsl, normaliseUsername(username)))
                .filter(Staff::active)
                .orElseThrow(() -> new UserException("staff.unknown", username));
        currentStaff.set(staff);
        return staff;
    }

    /** Puts the first active admin at the desk (the default when nobody was named). */
    public Staff actAsFirstAdmin() {
        Staff staff = transactions.read(repository::firstAdmin)
                .orElseThrow(() -> new UserException("staff.noAdmin"));
        currentStaff.set(staff);
        return staff;
    }

    public Staff add(String username, String displayName, Role role) {
        currentStaff.requireAdmin();
        Staff staff = new Staff(Ids.newId(), normaliseUsername(username), requireName(displayName), role, true);
        return transactions.write(tx -> {
            if (repository.byUsername(tx, staff.username()).isPresent()) {
                throw new UserException("staff.usernameTaken", staff.username());
            }
            repository.insert(tx, staff, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "staff", staff.id(), AuditAction.CREATE,
                    "staff " + staff.username() + " (" + staff.role().code() + ")");
            return staff;
        });
    }

    public Staff update(Staff changed) {
        currentStaff.requireAdmin();
        Staff staff = new Staff(changed.id(), normaliseUsername(changed.username()),
                requireName(changed.displayName()), changed.role(), changed.active());
        Staff saved = transactions.write(tx -> {
            Staff before = repository.byId(tx, staff.id()).orElseThrow(() -> new UserException("staff.unknown",
                    staff.username()));
            repository.byUsername(tx, staff.username()).filter(other -> !other.id().equals(staff.id()))
                    .ifPresent(other -> {
                        throw new UserException("staff.usernameTaken", staff.username());
                    });
            boolean losesAdmin = before.role() == Role.ADMIN && before.active()
                    && (staff.role() != Role.ADMIN || !staff.active());
            if (losesAdmin && repository.countActiveAdmins(tx) <= 1) {
                throw new UserException("staff.lastAdmin");
            }
            repository.update(tx, staff, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "staff", staff.id(), AuditAction.UPDATE,
                    "staff " + before.username() + " → " + staff.username() + ", " + staff.role().code()
                            + (staff.active() ? "" : ", inactive"));
            return staff;
        });
        currentStaff.get().filter(s -> s.id().equals(saved.id())).ifPresent(s -> currentStaff.set(saved));
        return saved;
    }

    static String normaliseUsername(String username) {
        String value = ThaiText.clean(username);
        if (value == null) {
            throw new UserException("staff.usernameRequired");
        }
        value = value.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(value).matches()) {
            throw new UserException("staff.usernameInvalid", value);
        }
        return value;
    }

    private static String requireName(String displayName) {
        String value = ThaiText.clean(displayName);
        if (value == null) {
            throw new UserException("staff.displayNameRequired");
        }
        return value;
    }
}
