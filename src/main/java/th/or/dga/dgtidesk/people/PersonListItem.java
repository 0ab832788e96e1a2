package th.or.dga.dgtidesk.people;

import th.or.dga.dgtidesk.common.NamePrefix;

/** A person as the lists show them. */
public record PersonListItem(String id, String titlePrefix, String firstNameTh, String lastNameTh, String email,
        String phone, String organizationNameTh) {

    /** "นางสาวสมหญิง ใจดี": Thai writes the prefix joined to the first name. */
    public String displayName() {
        return NamePrefix.join(titlePrefix, firstNameTh, lastNameTh);
    }
}
