package th.or.dga.dgtidesk.center;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import th.or.dga.dgtidesk.audit.AuditAction;
import th.or.dga.dgtidesk.audit.AuditLog;
import th.or.dga.dgtidesk.common.Ids;
import th.or.dga.dgtidesk.common.ThaiText;
import th.or.dga.dgtidesk.common.Times;
import th.or.dga.dgtidesk.common.UserException;
import th.or.dga.dgtidesk.db.Transactions;
import th.or.dga.dgtidesk.security.CurrentStaff;
import th.or.dga.dgtidesk.security.Role;
import th.or.dga.dgtidesk.security.Staff;
import th.or.dga.dgtidesk.security.StaffRepository;

/** Setting up the center on first start, its details, and the center-wide settings. */
public final class CenterService {

    private final Transactions transactions;
    private final CenterRepository repository;
    private final StaffRepository staffRepository;
    private final CurrentStaff currentStaff;
    private final AuditLog auditLog;
    private final Clock clock;

    public CenterService(Transactions transactions, CenterRepository repository, StaffRepository staffRepository,
            CurrentStaff currentStaff, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.staffRepository = staffRepository;
        this.currentStaff = currentStaff;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Optional<Center> center() {
        return transactions.read(repository::center);
    }

    /** What the first admin types on first start. */
    public record FirstAdmin(String displayName, String username) {
    }

    /**
     * Creates the center and its first admin in one transaction and puts that admin at the desk.
     * Allowed only while the file has no center.
     */
    public Center setUp(String code, String nameTh, String nameEn, String address, FirstAdmin admin) {
        Center center = new Center(Ids.newId(), requireCode(code), require(nameTh, "center.nameThRequired"),
                ThaiText.clean(nameEn), ThaiText.clean(address));
        String username = ThaiText.clean(admin.username());
        if (username == null) {
            throw new UserException("staff.usernameRequired");
        }
        Staff first = new Staff(Ids.newId(), username.toLowerCase(java.util.Locale.ROOT),
                require(admin.displayName(), "staff.displayNameRequired"), Role.ADMIN, true);
        transactions.write(tx -> {
            if (repository.center(tx).isPresent()) {
                throw new UserException("center.alreadySetUp");
            }
            LocalDateTime now = Times.nowUtc(clock);
            if (staffRepository.byUsername(tx, first.username()).isEmpty()) {
                staffRepository.insert(tx, first, now, null);
            }
            Staff admin0 = staffRepository.byUsername(tx, first.username()).orElseThrow();
            currentStaff.set(admin0);
            repository.insert(tx, center, now, admin0.id());
            auditLog.record(tx, "center", center.id(), AuditAction.CREATE, "center " + center.code() + " set up");
            return center;
        });
        return center;
    }

    public Center update(Center changed) {
        currentStaff.requireAdmin();
        Center center = new Center(changed.id(), requireCode(changed.code()),
                require(changed.nameTh(), "center.nameThRequired"), ThaiText.clean(changed.nameEn()),
                ThaiText.clean(changed.address()));
        transactions.write(tx -> {
            repository.update(tx, center, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "center", center.id(), AuditAction.UPDATE, "center details " + center.code());
            return center;
        });
        return center;
    }

    /** Every setting, with the default where none was saved. */
    public Map<Setting, String> settings() {
        Map<String, String> saved = transactions.read(repository::settings);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, saved.getOrDefault(setting.key(), setting.defaultValue()));
        }
        return values;
    }

    public String setting(Setting setting) {
        return settings().get(setting);
    }

    public void changeSetting(Setting setting, String value) {
        currentStaff.requireAdmin();
        String clean = value == null ? "" : ThaiText.nfc(value).strip();
        transactions.write(tx -> {
            repository.putSetting(tx, setting.key(), clean, Times.nowUtc(clock), currentStaff.idOrNull());
            auditLog.record(tx, "setting", setting.key(), AuditAction.UPDATE, setting.key() + " = " + clean);
            return null;
        });
    }

    private static String requireCode(String code) {
        String value = ThaiText.clean(code);
        if (value == null) {
            throw new UserException("center.codeRequired");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    private static String require(String text, String messageKey) {
        String value = ThaiText.clean(text);
        if (value == null) {
            throw new UserException(messageKey);
        }
        return value;
    }
}
