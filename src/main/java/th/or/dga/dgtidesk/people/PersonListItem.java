package th.or.dga.dgtidesk.people;

/** A person as the lists show them. */
public record PersonListItem(String id, String titlePrefix, String firstNameTh, String lastNameTh, String email,
        String phone, String organizationNameTh) {

    /** "นางสาวสมหญิง ใจดี": Thai writes the prefix joined to the first name. */
    public String displayName() {
        String prefix = titlePrefix == null ? "" : titlePrefix;
        String joiner = prefix.matches(".*[A-Za-z.]$") && !prefix.isEmpty() ? " " : "";
        return (prefix + joiner + firstNameTh + (lastNameTh == null ? "" : " " + lastNameTh)).strip();
    }
}
