package th.or.dga.dgtidesk.importing;

import java.util.Arrays;
import java.util.Locale;

/** What a file column holds. Labels are {@code import.field.<code>} in the message bundles. */
public enum ImportField {
    IGNORE, NAME_PREFIX, FIRST_NAME, LAST_NAME, FULL_NAME, EMAIL, PHONE, ORGANIZATION, ORGANIZATION_KIND, POSITION,
    PROVINCE, CONSENT, REGISTERED_AT, CUSTOM_ANSWER,
    /** Roster files: the innovator (an organization's or team's name; an individual's own name) and its details. */
    INNOVATOR_NAME, INNOVATOR_KIND, ROSTER_STATUS, JOINED_ON, COHORT, FOCUS_TAGS, PUBLISH_CONSENT,
    /** Roster files: one solution the innovator offers. */
    SOLUTION_NAME, SOLUTION_SUMMARY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportField fromCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code().equals(code)).findFirst().orElse(IGNORE);
    }

    /** Whether several columns may have this field (every other field is one column at most). */
    public boolean repeatable() {
        return this == IGNORE || this == CUSTOM_ANSWER;
    }

    public String messageKey() {
        return "import.field." + code();
    }
}
