package th.or.dga.dgtidesk.innovator;

import java.time.LocalDate;
import java.util.List;

/**
 * What the innovator form sends. An organization innovator names its organization
 * ({@code organizationNameTh}: an existing one, or a new one made for it); an individual innovator
 * is its contact person. {@code province} is the organization's (or person's) province and is
 * saved there; blank leaves it as it is. {@code status} is used when creating only: later moves
 * go through {@link InnovatorService#changeStatus}.
 */
public record InnovatorDraft(String id, InnovatorKind kind, String organizationNameTh, String province,
        RosterStatus status, LocalDate joinedOn, String cohort, String contactPersonId, boolean consentToPublish,
        List<String> tags) {
}
