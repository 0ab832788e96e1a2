package th.or.dga.dgtidesk.people;

/**
 * What the quick "new person" form asks for. {@code organizationNameTh} names an existing
 * organization, or a new one of {@code organizationKind}; both may be null.
 */
public record NewPerson(String titlePrefix, String firstNameTh, String lastNameTh, String email, String phone,
        String organizationNameTh, String organizationKind) {
}
