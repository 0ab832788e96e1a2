package th.or.dga.dgtidesk.people;

/**
 * An organization as the organization form edits it; {@code parentMinistryName} names the ministry
 * of a government agency (display), {@code peopleCount} is how many live people belong to it.
 */
public record Organization(String id, String nameTh, String nameEn, String kind, String parentMinistryId,
        String parentMinistryName, String province, int peopleCount) {
}
