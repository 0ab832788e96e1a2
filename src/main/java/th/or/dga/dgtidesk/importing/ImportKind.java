package th.or.dga.dgtidesk.importing;

import java.util.List;
import java.util.Locale;

/** What a file is imported as: registrations for one workshop, people for the directory, or innovators for the roster. */
public enum ImportKind {
    REGISTRATIONS, PEOPLE, ROSTER;

    private static final List<ImportField> PERSON_FIELDS = List.of(ImportField.IGNORE, ImportField.NAME_PREFIX,
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.FULL_NAME, ImportField.EMAIL, ImportField.PHONE,
            ImportField.ORGANIZATION, ImportField.ORGANIZATION_KIND, ImportField.POSITION, ImportField.PROVINCE,
            ImportField.CONSENT, ImportField.REGISTERED_AT, ImportField.CUSTOM_ANSWER);
    /** The innovator first, then its contact person (the name fields are the contact's), then one solution. */
    private static final List<ImportField> ROSTER_FIELDS = List.of(ImportField.IGNORE, ImportField.INNOVATOR_NAME,
            ImportField.INNOVATOR_KIND, ImportField.ROSTER_STATUS, ImportField.JOINED_ON, ImportField.COHORT,
            ImportField.FOCUS_TAGS, ImportField.PROVINCE, ImportField.PUBLISH_CONSENT, ImportField.NAME_PREFIX,
            ImportField.FIRST_NAME, ImportField.LAST_NAME, ImportField.FULL_NAME, ImportField.EMAIL, ImportField.PHONE,
            ImportField.POSITION, ImportField.SOLUTION_NAME, ImportField.SOLUTION_SUMMARY);

    /** The code stored in {@code data_import.kind} and {@code import_mapping.kind}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The fields a column of this kind of file may be mapped to, in the order the wizard offers them. */
    public List<ImportField> fields() {
        return this == ROSTER ? ROSTER_FIELDS : PERSON_FIELDS;
    }

    /**
     * The message key naming {@code field} in a file of this kind: on a roster the name, e-mail,
     * phone and position are the contact person's ("ผู้ติดต่อ: อีเมล"), not the innovator's.
     */
    public String fieldKey(ImportField field) {
        boolean contact = this == ROSTER && switch (field) {
            case NAME_PREFIX, FIRST_NAME, LAST_NAME, FULL_NAME, EMAIL, PHONE, POSITION -> true;
            default -> false;
        };
        return contact ? "import.field.contact." + field.code() : field.messageKey();
    }

    /**
     * The message key naming an outcome ("new", "existing", "registered" …) for this kind of file:
     * a new row of a roster is a new innovator, not a new person.
     */
    public String outcomeKey(String outcomeCode) {
        boolean ownWord = this == ROSTER && (outcomeCode.equals(RowOutcome.NEW.code())
                || outcomeCode.equals(RowOutcome.EXISTING.code()) || outcomeCode.equals(RowOutcome.DUPLICATE_IN_FILE.code()));
        return "import.outcome." + (ownWord ? "roster." : "") + outcomeCode;
    }
}
