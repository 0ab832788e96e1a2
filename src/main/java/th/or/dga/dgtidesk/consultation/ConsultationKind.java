package th.or.dga.dgtidesk.consultation;

import java.util.Locale;

/** What a consultation was. */
public enum ConsultationKind {
    AGENCY_ADVISORY, INNOVATOR_MENTORING, PROJECT_REVIEW, MATCHING_MEETING;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsultationKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
