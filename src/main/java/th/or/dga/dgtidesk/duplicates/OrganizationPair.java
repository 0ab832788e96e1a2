package th.or.dga.dgtidesk.duplicates;

import java.util.Set;

/** Two organizations that may be one: [id, Thai name, kind, province] each, and why. */
public record OrganizationPair(String aId, String aName, String bId, String bName, String kind,
        Set<DuplicateReason> reasons) {
}
