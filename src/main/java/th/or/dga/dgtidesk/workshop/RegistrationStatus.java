package th.or.dga.dgtidesk.workshop;

import java.util.Locale;

/** Where a person stands for one workshop. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegistrationStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Holds a seat: registered, or already checked in. */
    public boolean holdsSeat() {
        return this == REGISTERED || this == ATTENDED;
    }
}
