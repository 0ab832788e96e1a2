package th.or.dga.dgtidesk.innovator;

/** An organization as the roster needs it: which one, its Thai name and province. */
public record Organization(String id, String nameTh, String province) {
}
