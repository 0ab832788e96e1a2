package th.or.dga.dgtidesk.people;

/**
 * A person's own fields, as the person form edits them and a merge chooses between them one by
 * one ({@code organizationName} is for display, {@code organizationId} is what is stored).
 */
public record PersonFields(String id, String titlePrefix, String firstNameTh, String lastNameTh, String firstNameEn,
        String lastNameEn, String email, String phone, String organizationId, String organizationName,
        String position, String province) {
}
