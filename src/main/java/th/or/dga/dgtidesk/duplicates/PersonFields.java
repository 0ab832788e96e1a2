package th.or.dga.dgtidesk.duplicates;

/**
 * The fields of a person a merge chooses between, one by one; also how the review screen shows
 * each side ({@code organizationName} is for display, {@code organizationId} is what is kept).
 */
public record PersonFields(String id, String titlePrefix, String firstNameTh, String lastNameTh, String firstNameEn,
        String lastNameEn, String email, String phone, String organizationId, String organizationName,
        String position, String province) {
}
