package th.or.dga.dgtidesk.workshop;

import java.util.Locale;

/** Kinds of workshop a center runs. */
public enum WorkshopKind {
    TRAINING, CO_DESIGN, HACKATHON, DEMO_DAY, MATCHING_SESSION, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkshopKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
