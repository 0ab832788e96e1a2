package th.or.dga.dgtidesk.importing;

import java.util.Locale;

/** What happens to the person on a row. */
public enum RowOutcome {
    /** A person not in the database yet: created. */
    NEW,
    /** A person the database already holds (by e-mail, phone, or name in the same organization). */
    EXISTING,
    /** The same person as an earlier row of the file: skipped. */
    DUPLICATE_IN_FILE,
    /** Not imported; the reasons say why. */
    REJECTED;

    /** The code in counts and JSON ("duplicate_in_file"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "import.outcome." + code();
    }
}
