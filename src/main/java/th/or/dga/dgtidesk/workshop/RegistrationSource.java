package th.or.dga.dgtidesk.workshop;

import java.util.Locale;

/** How a registration arrived. */
public enum RegistrationSource {
    MANUAL, WALK_IN, IMPORT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
