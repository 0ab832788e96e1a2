package th.or.dga.dgtidesk.importing;

/** A person already in the database that a row may be: what matching compares, and the name shown. */
public record KnownPerson(String id, String displayName, String email, String phone, String nameKey,
        String organizationName) {
}
