package th.or.dga.dgtidesk.importing;

import java.util.Locale;

/** What happens to a row's registration, with capacity applied in file order. */
public enum SeatOutcome {
    REGISTERED, WAITLISTED, ALREADY_REGISTERED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "import.outcome." + code();
    }
}
