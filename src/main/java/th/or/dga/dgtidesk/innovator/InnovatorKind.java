package th.or.dga.dgtidesk.innovator;

import java.util.Locale;

/** What kind of innovator: all but an individual are organizations. */
public enum InnovatorKind {
    STARTUP("startup"), UNIVERSITY_TEAM("university"), COMPANY("company"), INDIVIDUAL(null),
    COMMUNITY("community_group");

    private final String organizationKind;

    InnovatorKind(String organizationKind) {
        this.organizationKind = organizationKind;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InnovatorKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** An individual innovator is a person; every other kind is an organization. */
    public boolean isPerson() {
        return this == INDIVIDUAL;
    }

    /** The organization kind a new organization of this innovator gets (organization.kind codes). */
    public String organizationKind() {
        return organizationKind;
    }
}
