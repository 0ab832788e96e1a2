package th.or.dga.dgtidesk.security;

/** A member of the center's staff. */
public record Staff(String id, String username, String displayName, Role role, boolean active) {
}
