package th.or.dga.dgtidesk.importing;

import java.util.Locale;

/** What a file is imported as: registrations for one workshop, or people for the directory. */
public enum ImportKind {
    REGISTRATIONS, PEOPLE;

    /** The code stored in {@code data_import.kind} and {@code import_mapping.kind}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
