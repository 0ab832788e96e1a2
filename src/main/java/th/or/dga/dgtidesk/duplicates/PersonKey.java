package th.or.dga.dgtidesk.duplicates;

/** What duplicate detection compares of a person (e-mail and phone already stored normalised). */
record PersonKey(String id, String name, String email, String phone, String organizationId) {
}
