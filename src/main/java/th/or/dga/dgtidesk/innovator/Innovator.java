package th.or.dga.dgtidesk.innovator;

import java.time.LocalDate;

/**
 * One innovator on the roster: an organization ({@code organizationId}) or a person
 * ({@code personId}), never both; {@code name} is that organization's or person's name, for lists.
 */
public record Innovator(String id, String organizationId, String personId, String name, InnovatorKind kind,
        RosterStatus status, LocalDate joinedOn, String cohort, String contactPersonId, boolean consentToPublish) {
}
