package th.or.dga.dgtidesk.innovator;

import java.util.List;
import java.util.Locale;

/**
 * Where an innovator stands on the roster: an applicant becomes active (or is declined, inactive);
 * an active innovator graduates (alumni) or lapses (inactive). Alumni and inactive innovators may
 * come back as active; nobody becomes an applicant again.
 */
public enum RosterStatus {
    APPLICANT, ACTIVE, ALUMNI, INACTIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RosterStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The statuses this one may move to. */
    public List<RosterStatus> next() {
        return switch (this) {
            case APPLICANT -> List.of(ACTIVE, INACTIVE);
            case ACTIVE -> List.of(ALUMNI, INACTIVE);
            case ALUMNI, INACTIVE -> List.of(ACTIVE);
        };
    }
}
