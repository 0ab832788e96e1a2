package th.or.dga.dgtidesk.innovator;

/** A person as the roster shows a contact: name with prefix, phone (stored digits), e-mail, province. */
public record PersonName(String id, String displayName, String phone, String email, String province) {

    /** "นางสาวสมหญิง ใจดี", "Dr. John Smith": Thai prefixes join the name, Latin ones take a space. */
    static String display(String prefix, String first, String last) {
        String p = prefix == null ? "" : prefix;
        String joiner = !p.isEmpty() && p.matches(".*[A-Za-z.]$") ? " " : "";
        return (p + joiner + first + (last == null ? "" : " " + last)).strip();
    }
}
