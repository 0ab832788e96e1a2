package th.or.dga.dgtidesk.duplicates;

import java.util.Locale;

/** Why two records look like one: the message key names it for the review screen. */
public enum DuplicateReason {
    SAME_EMAIL, SAME_PHONE, SIMILAR_NAME_SAME_ORGANIZATION, SAME_NAME, SIMILAR_NAME;

    public String messageKey() {
        return "duplicates.reason." + name().toLowerCase(Locale.ROOT);
    }
}
