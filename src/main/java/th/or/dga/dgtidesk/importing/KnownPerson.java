package th.or.dga.dgtidesk.importing;

import th.or.dga.dgtidesk.people.PersonListItem;

/**
 * A person already in the database that a row may be: what matching compares, and the name shown
 * (made only when shown: most people read for matching never are).
 */
public record KnownPerson(String id, String prefix, String firstName, String lastName, String email, String phone,
        String nameKey, String organizationName) {

    public String displayName() {
        return new PersonListItem(id, prefix, firstName, lastName, email, phone, organizationName).displayName();
    }
}
