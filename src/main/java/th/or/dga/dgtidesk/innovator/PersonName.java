package th.or.dga.dgtidesk.innovator;

/** A person as the roster shows a contact: name with prefix, phone (stored digits), e-mail, province. */
public record PersonName(String id, String displayName, String phone, String email, String province) {
}
